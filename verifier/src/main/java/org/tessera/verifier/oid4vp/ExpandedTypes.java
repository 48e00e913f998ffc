package org.tessera.verifier.oid4vp;

import java.util.Map;

/**
 * The expanded IRIs of the credential types DCQL {@code type_values} name. The credential has
 * passed the JSON-LD check (bundled contexts only) before it is matched, so its type terms mean
 * what these contexts say; OpenID4VP allows such a fixed mapping when it gives what JSON-LD
 * expansion gives. A term not listed stays as it is (as an undefined term would).
 */
final class ExpandedTypes {

  static final String VC = "https://www.w3.org/2018/credentials#VerifiableCredential";
  static final String OPEN_BADGE =
      "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential";

  /** Credentials v1/v2 and OB 3.0 (AchievementCredential is an alias of OpenBadgeCredential). */
  private static final Map<String, String> TERMS = Map.of(
      "VerifiableCredential", VC,
      "OpenBadgeCredential", OPEN_BADGE,
      "AchievementCredential", OPEN_BADGE);

  private ExpandedTypes() {}

  static String expand(String term) {
    return TERMS.getOrDefault(term, term);
  }
}
