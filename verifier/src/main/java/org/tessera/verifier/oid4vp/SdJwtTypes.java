package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Whether an SD-JWT VC's {@code vct} is one a {@code dc+sd-jwt} query asks for
 * ({@code meta.vct_values}; Appendix B.3.5 lets a wallet answer with a type that extends one).
 * A listed value matches itself. The EUDI learning credential type also matches Tessera's own
 * micro-credential type, {@code <iss>/vct/micro-credential/v1}, whose type metadata extends it
 * (docs/sd-jwt-vc.md): its URL is per deployment, so it is matched under the authenticated
 * {@code iss} rather than listed, and the verifier fetches no type metadata to follow
 * {@code extends} (decision 0066).
 */
final class SdJwtTypes {

  /** The type Tessera's micro-credential type metadata {@code extends}. */
  static final String EUDI_LEARNING_CREDENTIAL = "urn:eu.europa.ec.eudi:learning:credential:1";
  /** Where a Tessera issuer serves its micro-credential type, under its base URL. */
  static final String TESSERA_VCT_PATH = "/vct/micro-credential/v1";

  private SdJwtTypes() {}

  /** @param claims the verified SD-JWT VC's claims (issuer-signed {@code iss} and {@code vct}) */
  static boolean matches(CredentialQuery query, JsonNode claims) {
    JsonNode vct = claims.path("vct");
    JsonNode iss = claims.path("iss");
    if (!vct.isTextual()) {
      return false;
    }
    boolean tessera = iss.isTextual() && iss.asText().startsWith("https://")
        && vct.asText().equals(iss.asText() + TESSERA_VCT_PATH);
    return query.typeValues().stream().flatMap(List::stream).anyMatch(asked ->
        asked.equals(vct.asText()) || tessera && asked.equals(EUDI_LEARNING_CREDENTIAL));
  }
}
