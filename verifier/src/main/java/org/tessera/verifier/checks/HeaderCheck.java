package org.tessera.verifier.checks;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Check 2, header: {@code alg} on the allow-list (no {@code none}, no HMAC), {@code typ} absent,
 * {@code JWT} or {@code vc+jwt}, and no header member besides {@code alg}, {@code kid} and
 * {@code typ} — keys or key URLs named by the token itself ({@code jwk}, {@code jku},
 * {@code x5u}, {@code x5c}) and {@code crit} are never accepted.
 */
public final class HeaderCheck {

  public static final String ID = "header";

  private static final Set<String> ALLOWED_MEMBERS = Set.of("alg", "kid", "typ");
  private static final Set<String> ALLOWED_TYP = Set.of("jwt", "vc+jwt");

  /** The algorithm the header claims; later checks require the key to agree with it. */
  public Step<JwsAlgorithm> run(ParsedCredentialJwt jwt) {
    Optional<ErrorCode> refusal =
        refusal(Optional.of(jwt.alg()), jwt.typ(), jwt.headerParameterNames());
    if (refusal.isPresent()) {
      return Step.failed(ID, refusal.get());
    }
    JwsAlgorithm alg = JwsAlgorithm.fromHeader(jwt.alg()).orElseThrow();
    return Step.passed(ID, DetailKey.HEADER_OK.with(alg.headerName()), alg);
  }

  /** The rules on their own, also applied to headers of tokens that do not parse further. */
  static Optional<ErrorCode> refusal(Optional<String> alg, Optional<String> typ,
      Set<String> memberNames) {
    if (alg.flatMap(JwsAlgorithm::fromHeader).isEmpty()) {
      return Optional.of(ErrorCode.ALG_NOT_ALLOWED);
    }
    if (!ALLOWED_MEMBERS.containsAll(memberNames)) {
      return Optional.of(ErrorCode.HEADER_NOT_ALLOWED);
    }
    if (typ.isPresent() && !ALLOWED_TYP.contains(mediaType(typ.get()))) {
      return Optional.of(ErrorCode.TYP_NOT_ALLOWED);
    }
    return Optional.empty();
  }

  /** RFC 7515 §4.1.9: compared case-insensitively, "application/" may be omitted. */
  private static String mediaType(String typ) {
    String lower = typ.toLowerCase(Locale.ROOT);
    return lower.startsWith("application/") ? lower.substring("application/".length()) : lower;
  }
}
