package org.tessera.verifier.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Reads the freshness a server grants in {@code Cache-Control}. */
public final class CacheControl {

  private CacheControl() {}

  /**
   * The {@code max-age} of a response; zero for {@code no-store}/{@code no-cache}; empty when the
   * header says nothing usable.
   */
  public static Optional<Duration> maxAge(FetchResult.Ok response) {
    Optional<String> header = response.header("cache-control");
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Optional<Duration> maxAge = Optional.empty();
    for (String directive : header.get().toLowerCase(Locale.ROOT).split(",")) {
      String d = directive.strip();
      if (d.equals("no-store") || d.equals("no-cache")) {
        return Optional.of(Duration.ZERO);
      }
      if (d.startsWith("max-age=")) {
        try {
          long seconds = Long.parseLong(d.substring("max-age=".length()).strip());
          maxAge = Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      }
    }
    return maxAge;
  }
}
