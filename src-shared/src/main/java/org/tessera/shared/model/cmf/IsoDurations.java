package org.tessera.shared.model.cmf;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a notional workload written as an ISO 8601 duration ({@code PT125H}, {@code P5D},
 * {@code PT90H30M}). A day counts 24 hours, as in {@link Duration#parse}; years, months and
 * weeks have no fixed length in hours and are refused. Parsing never throws.
 */
public final class IsoDurations {

  /** No workload needs a longer text; longer input is refused before parsing. */
  private static final int MAX_LENGTH = 32;

  private IsoDurations() {}

  /** The positive duration written in {@code text}, or empty if it is not one. */
  public static Optional<Duration> parsePositive(String text) {
    if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    try {
      Duration duration = Duration.parse(text);
      return duration.isNegative() || duration.isZero() ? Optional.empty() : Optional.of(duration);
    } catch (DateTimeParseException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Hours in a duration, with fractions (PT90H30M = 90.5). */
  public static double hours(Duration duration) {
    return duration.getSeconds() / 3600.0;
  }
}
