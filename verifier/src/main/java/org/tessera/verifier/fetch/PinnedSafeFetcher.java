package org.tessera.verifier.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;

/**
 * {@link SafeFetcher} that connects only to addresses it checked. Every hop passes the
 * {@link UrlPolicy} before anything is sent; the client then resolves the host once more through
 * the same policy ({@link PinnedAddressResolver}) and connects to exactly the addresses approved
 * by that check, so a DNS answer that turns private between check and connect (DNS rebinding)
 * fails the fetch instead of reaching it. TLS still verifies, and names (SNI), the URL's host.
 * Redirects are followed by hand (at most {@value #MAX_REDIRECTS}); one deadline bounds the whole
 * fetch including redirects and slow bodies.
 */
public final class PinnedSafeFetcher implements SafeFetcher, AutoCloseable {

  static final int MAX_REDIRECTS = 3;

  private static final int NOT_MODIFIED = 304;

  private final UrlPolicy policy;
  private final Duration timeout;
  private final HttpClient client;

  public PinnedSafeFetcher(boolean allowHttpLocalhost, Duration timeout, HostResolver resolver) {
    this(allowHttpLocalhost, timeout, resolver, Optional.empty());
  }

  /** @param tls trust for tests' own certificates; empty uses the JVM's default trust */
  PinnedSafeFetcher(boolean allowHttpLocalhost, Duration timeout, HostResolver resolver,
      Optional<SSLContext> tls) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.policy = new UrlPolicy(allowHttpLocalhost, Objects.requireNonNull(resolver, "resolver"));
    this.client = PinnedHttpClient.start(policy, timeout, tls);
  }

  /** Production defaults: system resolver, 5 s for the whole fetch. */
  public static PinnedSafeFetcher create(boolean allowHttpLocalhost) {
    return new PinnedSafeFetcher(allowHttpLocalhost, Duration.ofSeconds(5), HostResolver.system());
  }

  @Override
  public FetchResult fetch(URI url, String accept, int maxBytes) {
    return fetch(url, accept, maxBytes, Optional.empty());
  }

  @Override
  public FetchResult fetchIfNoneMatch(URI url, String accept, int maxBytes, String etag) {
    return fetch(url, accept, maxBytes, Optional.of(Objects.requireNonNull(etag, "etag")));
  }

  private FetchResult fetch(URI url, String accept, int maxBytes, Optional<String> ifNoneMatch) {
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
      CappedResponseListener.Reply reply;
      try {
        reply = send(current, accept, maxBytes, ifNoneMatch, remaining);
      } catch (TimeoutException e) {
        return new FetchResult.Failed("fetch timed out");
      } catch (ExecutionException e) {
        return failure(e.getCause());
      } catch (IllegalArgumentException e) {
        // The client refused the URL itself (the policy checks first, this is the backstop).
        return new FetchResult.Failed("malformed URL");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new FetchResult.Failed("fetch interrupted");
      }
      int status = reply.status();
      if (isRedirect(status)) {
        List<String> location = reply.headers().getOrDefault("location", List.of());
        if (location.isEmpty()) {
          return new FetchResult.Failed("redirect without a location");
        }
        try {
          current = current.resolve(location.get(0));
        } catch (IllegalArgumentException e) {
          return new FetchResult.Failed("redirect to a malformed location");
        }
        continue;
      }
      if (status == NOT_MODIFIED && ifNoneMatch.isPresent()) {
        return new FetchResult.NotModified(current, reply.headers());
      }
      if (status < 200 || status > 299) {
        return new FetchResult.Failed("HTTP status " + status);
      }
      return new FetchResult.Ok(current, reply.body(), reply.headers());
    }
    return new FetchResult.Failed("too many redirects");
  }

  /** Stops the client's threads and closes its connections. */
  @Override
  public void close() {
    try {
      client.stop();
    } catch (Exception e) {
      throw new IllegalStateException("HTTP client did not stop", e);
    }
  }

  private CappedResponseListener.Reply send(URI url, String accept, int maxBytes,
      Optional<String> ifNoneMatch, long remainingNanos)
      throws ExecutionException, TimeoutException, InterruptedException {
    CappedResponseListener listener = new CappedResponseListener(maxBytes);
    Request request = client.newRequest(url)
        .method(HttpMethod.GET)
        .headers(headers -> {
          headers.put(HttpHeader.ACCEPT, accept);
          ifNoneMatch.ifPresent(etag -> headers.put(HttpHeader.IF_NONE_MATCH, etag));
        });
    request.send(listener);
    try {
      return listener.reply().get(remainingNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException | InterruptedException e) {
      request.abort(e);
      throw e;
    }
  }

  /** A refusal at connect time keeps its result; an oversized body and the rest are failures. */
  private static FetchResult failure(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof AddressRefusedException refused) {
        return refused.result();
      }
      if (t instanceof CappedResponseListener.TooLargeException) {
        return new FetchResult.Failed("response body exceeds the size cap");
      }
    }
    return new FetchResult.Failed("fetch failed");
  }

  static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }
}
