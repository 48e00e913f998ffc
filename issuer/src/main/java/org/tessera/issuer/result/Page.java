package org.tessera.issuer.result;

/** A window of a listing: {@code limit} rows from {@code offset}. */
public record Page(int limit, int offset) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public Page {
    if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", offset >= 0");
    }
  }

  /** Reads {@code limit} and {@code offset} query parameters (either may be absent). */
  public static Outcome<Page> parse(String limit, String offset) {
    JsonFields f = new JsonFields();
    int l = number(limit, DEFAULT_LIMIT, 1, MAX_LIMIT, "limit", f);
    int o = number(offset, 0, 0, Integer.MAX_VALUE, "offset", f);
    return f.ok() ? Outcome.ok(new Page(l, o)) : Outcome.failed(Rejection.invalid(f.errors()));
  }

  private static int number(String raw, int fallback, int min, int max, String name,
      JsonFields f) {
    if (raw == null || raw.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(raw);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    f.error(name, "must be an integer from " + min + " to " + max);
    return fallback;
  }
}
