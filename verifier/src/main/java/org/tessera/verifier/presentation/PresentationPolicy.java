package org.tessera.verifier.presentation;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The limits of presentation verification, validated when built (decision 0041).
 *
 * @param window how old a presentation's {@code iat} may be (plus the clock skew);
 *     {@code VERIFIER_PRESENTATION_WINDOW_SECONDS}, default 300. Accepted presentations are
 *     remembered exactly this long: an older one is refused by its {@code iat} anyway
 * @param maxCredentials most credentials in one presentation
 *     ({@code VERIFIER_PRESENTATION_MAX_CREDENTIALS}, default 20)
 * @param maxChars longest presentation accepted, credentials included (default 1,000,000)
 * @param replayCapacity most accepted presentations remembered at once (default 10,000); when
 *     full, new ones are refused until old ones expire (fail closed)
 */
public record PresentationPolicy(Duration window, int maxCredentials, int maxChars,
    int replayCapacity) {

  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(5);
  public static final int DEFAULT_MAX_CREDENTIALS = 20;
  public static final int DEFAULT_MAX_CHARS = 1_000_000;
  public static final int DEFAULT_REPLAY_CAPACITY = 10_000;

  public PresentationPolicy {
    Objects.requireNonNull(window, "window");
    if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("the presentation window must be 1 s .. 1 h");
    }
    if (maxCredentials < 1 || maxCredentials > 100) {
      throw new IllegalArgumentException("the most credentials a presentation holds: 1..100");
    }
    if (maxChars < 1024) {
      throw new IllegalArgumentException("maxChars must be at least 1024");
    }
    if (replayCapacity < 1) {
      throw new IllegalArgumentException("the replay store needs room for one presentation");
    }
  }

  public static PresentationPolicy defaults() {
    return new PresentationPolicy(DEFAULT_WINDOW, DEFAULT_MAX_CREDENTIALS, DEFAULT_MAX_CHARS,
        DEFAULT_REPLAY_CAPACITY);
  }

  /** Reads {@code VERIFIER_PRESENTATION_WINDOW_SECONDS} and {@code ..._MAX_CREDENTIALS}. */
  public static PresentationPolicy fromEnvironment(Map<String, String> env) {
    return new PresentationPolicy(
        Duration.ofSeconds(Long.parseLong(env.getOrDefault(
            "VERIFIER_PRESENTATION_WINDOW_SECONDS",
            String.valueOf(DEFAULT_WINDOW.toSeconds())).strip())),
        Integer.parseInt(env.getOrDefault("VERIFIER_PRESENTATION_MAX_CREDENTIALS",
            String.valueOf(DEFAULT_MAX_CREDENTIALS)).strip()),
        DEFAULT_MAX_CHARS, DEFAULT_REPLAY_CAPACITY);
  }

  public PresentationPolicy withWindow(Duration newWindow) {
    return new PresentationPolicy(newWindow, maxCredentials, maxChars, replayCapacity);
  }

  public PresentationPolicy withLimits(int credentials, int chars) {
    return new PresentationPolicy(window, credentials, chars, replayCapacity);
  }
}
