package org.tessera.verifier.fetch;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link SafeFetcher} on the JDK HTTP client. Redirects are followed by hand (at most
 * {@value #MAX_REDIRECTS}) so that every target passes the {@link UrlPolicy}; the client uses no
 * proxy and no cookies; one deadline bounds the whole fetch including redirects.
 *
 * <p>DNS rebinding: the policy resolves the host and checks every address; the JDK client then
 * resolves the same name through the JVM's positive address cache (30 s by default), so it
 * connects to one of the checked addresses. Deployments that set
 * {@code networkaddress.cache.ttl=0} lose that guarantee.
 */
public final class JdkSafeFetcher implements SafeFetcher {

  static final int MAX_REDIRECTS = 3;

  private final HttpClient client;
  private final UrlPolicy policy;
  private final Duration timeout;

  public JdkSafeFetcher(boolean allowHttpLocalhost, Duration timeout, HostResolver resolver) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.policy = new UrlPolicy(allowHttpLocalhost, Objects.requireNonNull(resolver, "resolver"));
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .proxy(HttpClient.Builder.NO_PROXY)
        .connectTimeout(timeout)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  /** Production defaults: system resolver, 5 s for the whole fetch. */
  public static JdkSafeFetcher create(boolean allowHttpLocalhost) {
    return new JdkSafeFetcher(allowHttpLocalhost, Duration.ofSeconds(5), HostResolver.system());
  }

  @Override
  public FetchResult fetch(URI url, String accept, int maxBytes) {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Optional<FetchResult> refusal = policy.refusal(current);
      if (refusal.isPresent()) {
        return refusal.get();
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return new FetchResult.Failed("fetch timed out");
      }
      HttpResponse<byte[]> response;
      try {
        response = send(current, accept, maxBytes, remaining);
      } catch (TimeoutException e) {
        return new FetchResult.Failed("fetch timed out");
      } catch (ExecutionException e) {
        return new FetchResult.Failed(e.getCause() instanceof CappedBodySubscriber.TooLargeException
            ? "response body exceeds the size cap" : "fetch failed");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new FetchResult.Failed("fetch interrupted");
      }
      int status = response.statusCode();
      if (isRedirect(status)) {
        Optional<String> location = response.headers().firstValue("location");
        if (location.isEmpty()) {
          return new FetchResult.Failed("redirect without a location");
        }
        try {
          current = current.resolve(location.get());
        } catch (IllegalArgumentException e) {
          return new FetchResult.Failed("redirect to a malformed location");
        }
        continue;
      }
      if (status < 200 || status > 299) {
        return new FetchResult.Failed("HTTP status " + status);
      }
      return new FetchResult.Ok(current, response.body(), response.headers().map());
    }
    return new FetchResult.Failed("too many redirects");
  }

  private HttpResponse<byte[]> send(URI url, String accept, int maxBytes, long remainingNanos)
      throws ExecutionException, TimeoutException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url)
        .GET()
        .header("Accept", accept)
        .timeout(Duration.ofNanos(remainingNanos))
        .build();
    CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
      OptionalLong length = info.headers().firstValueAsLong("content-length");
      if (length.isPresent() && length.getAsLong() > maxBytes) {
        // Refuse before reading: the capped subscriber fails on the first byte.
        return new CappedBodySubscriber(-1);
      }
      return new CappedBodySubscriber(isRedirect(info.statusCode()) ? 64 * 1024 : maxBytes);
    });
    try {
      return future.get(remainingNanos, TimeUnit.NANOSECONDS);
    } finally {
      future.cancel(true);
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }
}
