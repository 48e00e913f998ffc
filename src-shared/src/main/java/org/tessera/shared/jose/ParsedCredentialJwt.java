package org.tessera.shared.jose;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A credential JWT split into its parts, NOT verified. {@code claims} is the whole payload as our
 * strict parser read it (use it rather than nimbus's claims set); {@code credential} is the
 * credential view of it, without the JWT registered claims. Jackson trees are copied in and out,
 * so this record stays immutable.
 *
 * @param jwt the nimbus object, for {@link JwsVerifiers#verify}
 * @param shape how the credential is carried
 * @param credential the credential
 * @param claims the full payload
 * @param alg the header {@code alg}, as written (untrusted)
 * @param kid the header {@code kid}
 * @param typ the header {@code typ}, as written
 * @param headerParameterNames every header member name, so callers can refuse jwk, jku, x5u, x5c, crit
 * @param header the whole protected header as our strict parser read it (untrusted), for the
 *     header rules on values other than alg, kid and typ ({@code cty}, a replicated {@code iss})
 */
public record ParsedCredentialJwt(
    SignedJWT jwt,
    JwtShape shape,
    ObjectNode credential,
    ObjectNode claims,
    String alg,
    Optional<String> kid,
    Optional<String> typ,
    Set<String> headerParameterNames,
    ObjectNode header) {

  public ParsedCredentialJwt {
    Objects.requireNonNull(jwt, "jwt");
    Objects.requireNonNull(shape, "shape");
    credential = Objects.requireNonNull(credential, "credential").deepCopy();
    claims = Objects.requireNonNull(claims, "claims").deepCopy();
    Objects.requireNonNull(alg, "alg");
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(typ, "typ");
    headerParameterNames = Set.copyOf(headerParameterNames);
    header = Objects.requireNonNull(header, "header").deepCopy();
  }

  /** A copy of the protected header. */
  @Override
  public ObjectNode header() {
    return header.deepCopy();
  }

  /** A copy of the credential view. */
  @Override
  public ObjectNode credential() {
    return credential.deepCopy();
  }

  /** A copy of the full payload. */
  @Override
  public ObjectNode claims() {
    return claims.deepCopy();
  }
}
