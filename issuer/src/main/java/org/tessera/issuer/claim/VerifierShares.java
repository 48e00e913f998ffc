package org.tessera.issuer.claim;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.shared.json.Json;

/**
 * Share links from the configured verifier ({@code ISSUER_VERIFIER_URL}): the issuer posts the
 * learner's JWT to {@code POST /shares} server side (the verifier has no CORS). Five-second
 * timeouts, no redirects, an answer of at most 64 KiB; the link must be the verifier's own
 * {@code /s/<id>}. Logs the status only, never the link or the credential.
 */
public final class VerifierShares implements ShareLinks {

  private static final Logger LOG = LoggerFactory.getLogger(VerifierShares.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final int MAX_ANSWER = 64 * 1024;
  /** Share links made here live as long as the verifier's longest: a year. */
  static final long LIFETIME_SECONDS = 365L * 24 * 3600;

  private final URI verifier;
  private final HttpClient http;

  public VerifierShares(URI verifier) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public Optional<URI> verifier() {
    return Optional.of(verifier);
  }

  @Override
  public Optional<ShareLink> create(String jwt) {
    String body = Json.write(Json.object().put("credential", jwt)
        .put("expiresInSeconds", LIFETIME_SECONDS));
    HttpRequest request = HttpRequest.newBuilder(URI.create(
            verifier.toString().replaceAll("/+$", "") + "/shares"))
        .timeout(TIMEOUT).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    try {
      HttpResponse<InputStream> response = http.send(request,
          HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        byte[] answer = in.readNBytes(MAX_ANSWER + 1);
        if (response.statusCode() != 201 || answer.length > MAX_ANSWER) {
          LOG.warn("verifier refused a share link: status={}", response.statusCode());
          return Optional.empty();
        }
        return read(new String(answer, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      LOG.warn("verifier unreachable for a share link: {}", e.getClass().getSimpleName());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Optional<ShareLink> read(String answer) {
    Optional<JsonNode> json = Json.parseUntrustedObject(answer).map(JsonNode.class::cast);
    String id = json.map(j -> j.path("id").asText("")).orElse("");
    String expires = json.map(j -> j.path("expiresAt").asText("")).orElse("");
    if (!ShareLink.ID.matcher(id).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ShareLink(id, ShareLink.url(verifier, id), Instant.parse(expires)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
