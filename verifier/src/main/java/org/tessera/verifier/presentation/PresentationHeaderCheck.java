package org.tessera.verifier.presentation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Check {@code vp.header}: {@code alg} on the allow-list, no header member besides {@code alg},
 * {@code kid}, {@code typ} and {@code cty} (never a key or key URL named by the token), a
 * {@code typ} that fits the shape ({@code JWT} or none for a {@code vp} claim; {@code vp+jwt},
 * {@code JWT} or none for VC-JOSE-COSE) and a {@code cty} of {@code vp} if any.
 */
final class PresentationHeaderCheck {

  static final String ID = "vp.header";

  private static final Set<String> ALLOWED_MEMBERS = Set.of("alg", "kid", "typ", "cty");

  Step<JwsAlgorithm> run(ParsedPresentation vp) {
    Optional<JwsAlgorithm> alg = JwsAlgorithm.fromHeader(vp.alg());
    if (alg.isEmpty()) {
      return Step.failed(ID, ErrorCode.ALG_NOT_ALLOWED);
    }
    if (!ALLOWED_MEMBERS.containsAll(vp.headerParameterNames()) || !typFits(vp)
        || !vp.cty().map(PresentationHeaderCheck::mediaType).orElse("vp").equals("vp")) {
      return Step.failed(ID, ErrorCode.PRESENTATION_HEADER_NOT_ALLOWED);
    }
    return Step.passed(ID, DetailKey.VP_HEADER_OK.with(alg.get().headerName()), alg.get());
  }

  private static boolean typFits(ParsedPresentation vp) {
    String typ = vp.typ().map(PresentationHeaderCheck::mediaType).orElse("jwt");
    return typ.equals("jwt")
        || (typ.equals("vp+jwt") && vp.shape() != PresentationShape.VCDM11_VP_CLAIM);
  }

  /** RFC 7515 §4.1.9: compared case-insensitively, "application/" may be omitted. */
  private static String mediaType(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.startsWith("application/") ? lower.substring("application/".length()) : lower;
  }
}
