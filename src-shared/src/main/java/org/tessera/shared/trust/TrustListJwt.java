package org.tessera.shared.trust;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.json.Json;

/**
 * Signs and verifies trust lists as compact JWTs with header {@code typ: trust-list+jwt}. The
 * payload is {@link TrustListJson}. Verification fails closed, in this order: size and shape,
 * {@code typ}, refused headers, signature with the pinned anchor key, payload, time, rollback.
 */
public final class TrustListJwt {

  /** The media type in the {@code typ} header. */
  public static final String TYP = "trust-list+jwt";

  /** Longest compact JWT accepted (a list of a few thousand issuers fits easily). */
  public static final int MAX_LENGTH = 2_000_000;

  /** Tolerance for an operator clock slightly ahead of ours; never applied to expiry. */
  public static final Duration ALLOWED_CLOCK_SKEW = Duration.ofMinutes(1);

  private static final Set<JWSAlgorithm> SIGNING_ALGORITHMS =
      Set.of(JWSAlgorithm.ES256, JWSAlgorithm.RS256, JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);

  private TrustListJwt() {}

  /**
   * Signs {@code list}.
   *
   * @param kid the anchor key id put in the header (may be null for none)
   * @throws IllegalArgumentException for an algorithm other than ES256, RS256 or EdDSA
   * @throws IllegalStateException if the signer fails (a key/algorithm mismatch)
   */
  public static String sign(TrustList list, JWSSigner signer, JWSAlgorithm alg, String kid) {
    if (!SIGNING_ALGORITHMS.contains(alg)) {
      throw new IllegalArgumentException("trust lists are signed with ES256, RS256 or EdDSA");
    }
    JWSHeader header = new JWSHeader.Builder(alg).type(new JOSEObjectType(TYP)).keyID(kid).build();
    JWSObject jws = new JWSObject(header, new Payload(Json.write(TrustListJson.toJson(list))));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("signing the trust list failed", e);
    }
    return jws.serialize();
  }

  /**
   * Verifies a trust list JWT against the pinned anchor key.
   *
   * @param minimumSequenceNumber the highest sequence number already accepted (0 if none); a
   *     lower one is a rollback
   * @throws IllegalArgumentException if {@code anchorKey} is private, weak or of an unsupported
   *     type (configuration error, reported whatever the token)
   */
  public static TrustListResult verify(
      String jwt, JWK anchorKey, Clock clock, long minimumSequenceNumber) {
    AnchorSignature.algorithmsFor(anchorKey);
    if (minimumSequenceNumber < 0) {
      throw new IllegalArgumentException("minimumSequenceNumber must not be negative");
    }
    if (jwt == null || jwt.length() > MAX_LENGTH) {
      return invalid(TrustListResult.Code.MALFORMED);
    }
    JWSObject jws;
    try {
      jws = JWSObject.parse(jwt);
    } catch (ParseException e) {
      return invalid(TrustListResult.Code.MALFORMED);
    }
    JWSHeader header = jws.getHeader();
    if (header.getType() == null || !isTrustListType(header.getType().getType())) {
      return invalid(TrustListResult.Code.WRONG_TYP);
    }
    if (hasRefusedHeader(header)) {
      return invalid(TrustListResult.Code.MALFORMED);
    }
    if (!AnchorSignature.verify(jws, anchorKey)) {
      return invalid(TrustListResult.Code.BAD_SIGNATURE);
    }
    Optional<TrustList> parsed = payload(jws);
    if (parsed.isEmpty()) {
      return invalid(TrustListResult.Code.MALFORMED);
    }
    TrustList list = parsed.get();
    Instant now = clock.instant();
    if (list.issuedAt().isAfter(now.plus(ALLOWED_CLOCK_SKEW))) {
      return invalid(TrustListResult.Code.NOT_YET_VALID);
    }
    if (!now.isBefore(list.nextUpdate())) {
      return invalid(TrustListResult.Code.EXPIRED);
    }
    if (list.sequenceNumber() < minimumSequenceNumber) {
      return invalid(TrustListResult.Code.ROLLBACK);
    }
    return new TrustListResult.Valid(list);
  }

  /** RFC 7515 §4.1.9: compare case-insensitively, the {@code application/} prefix optional. */
  private static boolean isTrustListType(String typ) {
    String lower = typ.toLowerCase(Locale.ROOT);
    return lower.equals(TYP) || lower.equals("application/" + TYP);
  }

  /** Keys named by the token are never trusted, and no extension may be made critical. */
  private static boolean hasRefusedHeader(JWSHeader header) {
    return header.getJWK() != null
        || header.getJWKURL() != null
        || header.getX509CertURL() != null
        || header.getX509CertChain() != null
        || header.getCriticalParams() != null;
  }

  private static Optional<TrustList> payload(JWSObject jws) {
    try {
      return Json.parseUntrustedObject(jws.getPayload().toString()).map(TrustListJson::fromJson);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static TrustListResult invalid(TrustListResult.Code code) {
    return new TrustListResult.Invalid(code);
  }
}
