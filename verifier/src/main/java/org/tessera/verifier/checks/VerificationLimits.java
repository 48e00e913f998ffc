package org.tessera.verifier.checks;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What one verification may cost, so that no request can hold a verifier thread for long: at
 * most {@code maxStatusEntries} {@code credentialStatus} entries naming at most
 * {@code maxStatusLists} distinct status lists (more fails the status check with
 * {@code STATUS_LIMIT_EXCEEDED} before anything is fetched), and one {@code deadline} for the
 * whole verification, within which the lists are fetched concurrently.
 *
 * @param maxStatusEntries {@code VERIFIER_STATUS_MAX_ENTRIES}, default 8
 * @param maxStatusLists {@code VERIFIER_STATUS_MAX_LISTS}, default 4, at most maxStatusEntries
 * @param deadline {@code VERIFIER_VERIFICATION_DEADLINE_SECONDS}, default 10
 */
public record VerificationLimits(int maxStatusEntries, int maxStatusLists, Duration deadline) {

  public static final int DEFAULT_MAX_STATUS_ENTRIES = 8;
  public static final int DEFAULT_MAX_STATUS_LISTS = 4;
  public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(10);

  private static final int MAX_STATUS_ENTRIES = 1000;
  private static final Duration MIN_DEADLINE = Duration.ofMillis(100);
  private static final Duration MAX_DEADLINE = Duration.ofMinutes(5);

  public VerificationLimits {
    if (maxStatusEntries < 1 || maxStatusEntries > MAX_STATUS_ENTRIES) {
      throw new IllegalArgumentException(
          "VERIFIER_STATUS_MAX_ENTRIES must be 1.." + MAX_STATUS_ENTRIES);
    }
    if (maxStatusLists < 1 || maxStatusLists > maxStatusEntries) {
      throw new IllegalArgumentException(
          "VERIFIER_STATUS_MAX_LISTS must be between 1 and VERIFIER_STATUS_MAX_ENTRIES");
    }
    Objects.requireNonNull(deadline, "deadline");
    if (deadline.compareTo(MIN_DEADLINE) < 0 || deadline.compareTo(MAX_DEADLINE) > 0) {
      throw new IllegalArgumentException(
          "VERIFIER_VERIFICATION_DEADLINE_SECONDS must be between 1 and 300");
    }
  }

  public static VerificationLimits defaults() {
    return new VerificationLimits(DEFAULT_MAX_STATUS_ENTRIES, DEFAULT_MAX_STATUS_LISTS,
        DEFAULT_DEADLINE);
  }

  /** Reads the three variables; absent ones keep their defaults. */
  public static VerificationLimits fromEnvironment(Map<String, String> env) {
    return new VerificationLimits(
        number(env, "VERIFIER_STATUS_MAX_ENTRIES", DEFAULT_MAX_STATUS_ENTRIES),
        number(env, "VERIFIER_STATUS_MAX_LISTS", DEFAULT_MAX_STATUS_LISTS),
        Duration.ofSeconds(number(env, "VERIFIER_VERIFICATION_DEADLINE_SECONDS",
            (int) DEFAULT_DEADLINE.toSeconds())));
  }

  private static int number(Map<String, String> env, String name, int fallback) {
    String value = env.getOrDefault(name, String.valueOf(fallback)).strip();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number", e);
    }
  }
}
