package org.tessera.issuer.sdjwt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The checks every SD-JWT VC's claims pass before it is signed: each mandatory claim present,
 * each value of its claim's JSON type, texts non-blank and bounded, arrays non-empty, the country
 * an ISO 3166-1 alpha-2 code and the EQF level 1 to 8. A failure is a bug in our own building
 * (the OB credential they come from passed its schemas): reported by claim name, never by value.
 */
final class LearningCredentialChecks {

  private static final int MAX_TEXT = 4096;
  private static final int MAX_ITEMS = 256;
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private LearningCredentialChecks() {}

  /** The names of the claims that fail; empty when the credential may be signed. */
  static List<String> problems(Map<LearningCredentialClaim, Object> values) {
    List<String> problems = new ArrayList<>();
    for (LearningCredentialClaim claim : LearningCredentialClaim.values()) {
      Object value = values.get(claim);
      if (value == null ? claim.mandatory() : !valid(claim, value)) {
        problems.add(claim.claimName());
      }
    }
    return List.copyOf(problems);
  }

  private static boolean valid(LearningCredentialClaim claim, Object value) {
    boolean typed = switch (claim.kind()) {
      case TEXT -> value instanceof String text && !text.isBlank() && text.length() <= MAX_TEXT;
      case NUMBER -> value instanceof Number n && Double.isFinite(n.doubleValue())
          && n.doubleValue() >= 0;
      case INTEGER -> value instanceof Integer || value instanceof Long;
      case ARRAY -> value instanceof Collection<?> items && !items.isEmpty()
          && items.size() <= MAX_ITEMS && items.stream().allMatch(i -> i != null);
    };
    if (!typed) {
      return false;
    }
    return switch (claim) {
      case ISSUING_COUNTRY -> COUNTRY.matcher((String) value).matches();
      case DATE_OF_ISSUANCE, DATE_OF_EXPIRY -> DATE.matcher((String) value).matches();
      case EQF_LEVEL -> ((Number) value).intValue() >= 1 && ((Number) value).intValue() <= 8;
      default -> true;
    };
  }
}
