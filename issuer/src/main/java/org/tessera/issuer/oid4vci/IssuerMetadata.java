package org.tessera.issuer.oid4vci;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tessera.issuer.sdjwt.LearningCredentialClaim;
import org.tessera.issuer.sdjwt.SdJwtVcIssuer;
import org.tessera.issuer.sdjwt.TypeMetadata;
import org.tessera.shared.json.Json;

/**
 * The Credential Issuer metadata (OpenID4VCI 1.0 §12.2, read by draft-13 wallets too) and the
 * OAuth 2.0 Authorization Server metadata (RFC 8414) of the pre-authorized code flow.
 */
public final class IssuerMetadata {

  /** The one credential configuration: our micro-credential as a JWT VC. */
  static final String CONFIGURATION_ID = "OpenBadgeCredential_jwt_vc_json";
  static final String FORMAT = "jwt_vc_json";
  static final List<String> TYPES = List.of("VerifiableCredential", "OpenBadgeCredential");
  static final List<String> PROOF_ALGORITHMS = List.of("ES256", "EdDSA");
  /** The SD-JWT VC of the same award (issue #17): OpenID4VCI 1.0 only. */
  static final String SD_JWT_CONFIGURATION_ID = "MicroCredential_dc_sd_jwt";
  static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

  /** The endpoints, below the issuer URL; the HTTP routes declare the same paths. */
  public static final String TOKEN_PATH = "/token";
  public static final String CREDENTIAL_PATH = "/credential";
  public static final String NONCE_PATH = "/nonce";
  public static final String OFFER_PATH = "/credential-offers/";

  private IssuerMetadata() {}

  /**
   * @param issuerUrl the Credential Issuer Identifier (our base URL)
   * @param signingAlgorithms the JWS algorithms of our published keys
   * @param sdJwtType the type of our SD-JWT VCs
   */
  static ObjectNode credentialIssuer(String issuerUrl, String issuerName,
      List<String> signingAlgorithms, TypeMetadata sdJwtType) {
    ObjectNode m = Json.object();
    m.put("credential_issuer", issuerUrl);
    m.putArray("authorization_servers").add(issuerUrl);
    m.put("credential_endpoint", issuerUrl + CREDENTIAL_PATH);
    m.put("nonce_endpoint", issuerUrl + NONCE_PATH);
    // Draft-13 era wallets look for the token endpoint here when they skip RFC 8414 metadata.
    m.put("token_endpoint", issuerUrl + TOKEN_PATH);
    m.putArray("display").addObject().put("name", issuerName).put("locale", "en");

    ObjectNode supported = m.putObject("credential_configurations_supported");
    ObjectNode config = supported.putObject(CONFIGURATION_ID);
    config.put("format", FORMAT);
    config.put("scope", CONFIGURATION_ID);
    strings(config.putArray("cryptographic_binding_methods_supported"),
        List.of("did:key", "did:jwk", "jwk"));
    strings(config.putArray("credential_signing_alg_values_supported"), signingAlgorithms);
    strings(config.putObject("proof_types_supported").putObject("jwt")
        .putArray("proof_signing_alg_values_supported"), PROOF_ALGORITHMS);
    strings(config.putObject("credential_definition").putArray("type"), TYPES);
    ObjectNode display = Json.object();
    display.put("name", "Micro-credential");
    display.put("locale", "en");
    display.put("description", "A European micro-credential (Open Badges 3.0) from "
        + issuerName);
    display.put("background_color", "#12355b");
    display.put("text_color", "#ffffff");
    // 1.0 puts display under credential_metadata; draft 13 directly in the configuration.
    config.putObject("credential_metadata").putArray("display").add(display.deepCopy());
    config.putArray("display").add(display);
    supported.set(SD_JWT_CONFIGURATION_ID,
        sdJwtConfiguration(issuerName, signingAlgorithms, sdJwtType));
    return m;
  }

  /**
   * The {@code dc+sd-jwt} configuration (OpenID4VCI 1.0 Appendix A.3): {@code vct}, holder binding
   * by the proof's {@code jwk}, and the display and claims metadata wallets render, taken from the
   * same claim table as the type metadata.
   */
  private static ObjectNode sdJwtConfiguration(String issuerName, List<String> signingAlgorithms,
      TypeMetadata type) {
    ObjectNode config = Json.object();
    config.put("format", SdJwtVcIssuer.TYP);
    config.put("scope", SD_JWT_CONFIGURATION_ID);
    config.put("vct", type.vct());
    strings(config.putArray("cryptographic_binding_methods_supported"), List.of("jwk"));
    strings(config.putArray("credential_signing_alg_values_supported"), signingAlgorithms);
    strings(config.putObject("proof_types_supported").putObject("jwt")
        .putArray("proof_signing_alg_values_supported"), PROOF_ALGORITHMS);
    ObjectNode metadata = config.putObject("credential_metadata");
    ObjectNode display = metadata.putArray("display").addObject();
    display.put("name", TypeMetadata.NAME);
    display.put("locale", "en");
    display.put("description", "A European micro-credential (SD-JWT VC) from " + issuerName);
    display.put("background_color", TypeMetadata.BACKGROUND);
    display.put("text_color", TypeMetadata.TEXT_COLOR);
    ArrayNode claims = metadata.putArray("claims");
    for (LearningCredentialClaim claim : LearningCredentialClaim.values()) {
      ObjectNode c = claims.addObject();
      c.putArray("path").add(claim.claimName());
      c.put("mandatory", claim.mandatory());
      c.putArray("display").addObject().put("name", claim.label()).put("locale", "en");
    }
    return config;
  }

  static ObjectNode authorizationServer(String issuerUrl) {
    ObjectNode m = Json.object();
    m.put("issuer", issuerUrl);
    m.put("token_endpoint", issuerUrl + TOKEN_PATH);
    m.putArray("grant_types_supported").add(PRE_AUTHORIZED_GRANT);
    m.putArray("token_endpoint_auth_methods_supported").add("none");
    m.put("pre-authorized_grant_anonymous_access_supported", true);
    return m;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
