package org.tessera.issuer.sdjwt;

import com.authlete.sd.Disclosure;
import com.authlete.sd.SDObjectBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;

/**
 * Lays out one SD-JWT VC payload with the authlete SD-JWT library (decision 0055): every
 * {@link LearningCredentialClaim} as a plain claim or as a disclosure (SHA-256 digest in
 * {@code _sd}, {@code _sd_alg: sha-256}), plus the registered claims, which are never disclosable.
 */
final class SdJwtVcBuilder {

  /** The never-disclosable JWT and SD-JWT VC claims of one credential. */
  record Registered(String iss, String jti, Instant iat, Instant nbf, Optional<Instant> exp,
      String vct, String vctIntegrity, String statusUri, int statusIndex,
      Optional<JWK> holderKey) {
    Registered {
      Objects.requireNonNull(iss, "iss");
      Objects.requireNonNull(jti, "jti");
      Objects.requireNonNull(iat, "iat");
      Objects.requireNonNull(nbf, "nbf");
      Objects.requireNonNull(exp, "exp");
      Objects.requireNonNull(vct, "vct");
      Objects.requireNonNull(vctIntegrity, "vctIntegrity");
      Objects.requireNonNull(statusUri, "statusUri");
      Objects.requireNonNull(holderKey, "holderKey");
      if (holderKey.isPresent() && holderKey.get().isPrivate()) {
        throw new IllegalArgumentException("the holder key must be public");
      }
    }
  }

  /** The payload to sign and the disclosures to append, in claim order. */
  record Layout(ObjectNode payload, List<Disclosure> disclosures) {
    Layout {
      Objects.requireNonNull(payload, "payload");
      disclosures = List.copyOf(disclosures);
    }
  }

  private SdJwtVcBuilder() {}

  static Layout build(Registered r, Map<LearningCredentialClaim, Object> values) {
    SDObjectBuilder sd = new SDObjectBuilder();
    sd.putClaim("iss", r.iss());
    sd.putClaim("jti", r.jti());
    sd.putClaim("iat", r.iat().getEpochSecond());
    sd.putClaim("nbf", r.nbf().getEpochSecond());
    r.exp().ifPresent(exp -> sd.putClaim("exp", exp.getEpochSecond()));
    sd.putClaim("vct", r.vct());
    sd.putClaim("vct#integrity", r.vctIntegrity());
    // The key's own members only (RFC 7638): a wallet's kid or use is no part of the binding.
    r.holderKey().ifPresent(key -> sd.putClaim("cnf", Map.of("jwk", key.getRequiredParams())));
    Map<String, Object> statusList = new LinkedHashMap<>();
    statusList.put("idx", r.statusIndex());
    statusList.put("uri", r.statusUri());
    sd.putClaim("status", Map.of("status_list", statusList));
    List<Disclosure> disclosures = new ArrayList<>();
    for (LearningCredentialClaim claim : LearningCredentialClaim.values()) {
      Object value = values.get(claim);
      if (value == null) {
        continue;
      }
      if (claim.disclosable()) {
        disclosures.add(sd.putSDClaim(claim.claimName(), value));
      } else {
        sd.putClaim(claim.claimName(), value);
      }
    }
    ObjectNode payload = Json.mapper().valueToTree(sd.build(true));
    return new Layout(payload, disclosures);
  }
}
