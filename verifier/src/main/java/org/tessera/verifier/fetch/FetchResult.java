package org.tessera.verifier.fetch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Result of an outbound fetch. Expected refusals and failures are values, not exceptions; their
 * reasons are written by us and never echo the response.
 */
public sealed interface FetchResult {

  /** A 2xx response whose body stayed within the size cap. Header names are lower case. */
  record Ok(URI url, byte[] body, Map<String, List<String>> headers) implements FetchResult {
    public Ok {
      Objects.requireNonNull(url, "url");
      body = Objects.requireNonNull(body, "body").clone();
      headers = lowerCase(headers);
    }

    @Override
    public byte[] body() {
      return body.clone();
    }

    public String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of a header, by case-insensitive name. */
    public Optional<String> header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
  }

  /**
   * A 304 to a conditional request: the copy whose ETag was sent is still current. Header names
   * are lower case.
   */
  record NotModified(URI url, Map<String, List<String>> headers) implements FetchResult {
    public NotModified {
      Objects.requireNonNull(url, "url");
      headers = lowerCase(headers);
    }
  }

  /** The URL (or a redirect target) was refused by the network rules; nothing was sent there. */
  record Blocked(String reason) implements FetchResult {
    public Blocked {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** The fetch was attempted and failed: network error, timeout, non-2xx, oversized body. */
  record Failed(String reason) implements FetchResult {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** An immutable copy with lower-case header names (HTTP names are case-insensitive). */
  private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
    return Objects.requireNonNull(headers, "headers").entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(
            e -> e.getKey().toLowerCase(Locale.ROOT), e -> List.copyOf(e.getValue()),
            (a, b) -> a));
  }
}
