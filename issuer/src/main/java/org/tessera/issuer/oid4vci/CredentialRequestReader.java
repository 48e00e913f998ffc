package org.tessera.issuer.oid4vci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a Credential Request in either dialect: 1.0 ({@code credential_configuration_id},
 * {@code proofs.jwt[]}) or draft 13 ({@code format}, {@code credential_definition},
 * {@code proof}). The dialect is decided by the body alone.
 */
final class CredentialRequestReader {

  enum Dialect { V1, DRAFT13 }

  /** The credential asked for: the OB 3.0 JWT VC or the SD-JWT VC (1.0 requests only). */
  enum Format { JWT_VC_JSON, DC_SD_JWT }

  /** The outcome of reading a request. */
  sealed interface Parsed permits Read, Refused {}

  /** A request we can serve: its dialect, the format asked for and its single JWT key proof. */
  record Read(Dialect dialect, Format format, String proofJwt) implements Parsed {
    Read {
      Objects.requireNonNull(dialect, "dialect");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(proofJwt, "proofJwt");
    }
  }

  /** A refused request, with the dialect that decides how the error is worded. */
  record Refused(Dialect dialect, OAuthError error, String description) implements Parsed {}

  private CredentialRequestReader() {}

  static Dialect dialect(ObjectNode body) {
    boolean draft13 = body.has("format") || body.has("proof") || body.has("credential_definition");
    return draft13 && !body.has("proofs") && !body.has("credential_configuration_id")
        ? Dialect.DRAFT13 : Dialect.V1;
  }

  static Parsed read(ObjectNode body) {
    Dialect dialect = dialect(body);
    return dialect == Dialect.V1 ? readV1(body) : readDraft13(body);
  }

  private static Parsed readV1(ObjectNode body) {
    if (body.has("proof") || body.has("format")) {
      return refused(Dialect.V1, OAuthError.INVALID_CREDENTIAL_REQUEST,
          "proof or format cannot be combined with proofs or credential_configuration_id");
    }
    if (body.has("credential_identifier")) {
      // We never return credential_identifiers from the token endpoint.
      return refused(Dialect.V1, body.has("credential_configuration_id")
              ? OAuthError.INVALID_CREDENTIAL_REQUEST : OAuthError.UNKNOWN_CREDENTIAL_IDENTIFIER,
          "credential_identifier is not used by this issuer");
    }
    JsonNode configuration = body.get("credential_configuration_id");
    if (configuration == null || !configuration.isTextual()) {
      return refused(Dialect.V1, OAuthError.INVALID_CREDENTIAL_REQUEST,
          "credential_configuration_id is missing");
    }
    Format format;
    if (IssuerMetadata.CONFIGURATION_ID.equals(configuration.asText())) {
      format = Format.JWT_VC_JSON;
    } else if (IssuerMetadata.SD_JWT_CONFIGURATION_ID.equals(configuration.asText())) {
      format = Format.DC_SD_JWT;
    } else {
      return refused(Dialect.V1, OAuthError.UNKNOWN_CREDENTIAL_CONFIGURATION,
          "unknown credential configuration");
    }
    JsonNode proofs = body.get("proofs");
    if (proofs == null || !proofs.isObject()) {
      return refused(Dialect.V1, OAuthError.INVALID_PROOF, "proofs is missing");
    }
    JsonNode jwts = proofs.get("jwt");
    if (proofs.size() != 1 || jwts == null || !jwts.isArray() || jwts.isEmpty()) {
      return refused(Dialect.V1, OAuthError.INVALID_PROOF,
          "proofs must hold one non-empty jwt array");
    }
    if (jwts.size() > 1) {
      return refused(Dialect.V1, OAuthError.INVALID_CREDENTIAL_REQUEST,
          "batch issuance is not supported: send one proof");
    }
    if (!jwts.get(0).isTextual()) {
      return refused(Dialect.V1, OAuthError.INVALID_PROOF, "a jwt proof must be a string");
    }
    return new Read(Dialect.V1, format, jwts.get(0).asText());
  }

  private static Parsed readDraft13(ObjectNode body) {
    if (body.has("credential_identifier")) {
      return refused(Dialect.DRAFT13, OAuthError.INVALID_CREDENTIAL_REQUEST,
          "credential_identifier is not used by this issuer");
    }
    JsonNode format = body.get("format");
    if (format == null || !format.isTextual()) {
      return refused(Dialect.DRAFT13, OAuthError.INVALID_CREDENTIAL_REQUEST,
          "format is missing");
    }
    if (!IssuerMetadata.FORMAT.equals(format.asText())) {
      return refused(Dialect.DRAFT13, OAuthError.UNSUPPORTED_CREDENTIAL_FORMAT,
          "only jwt_vc_json is supported");
    }
    JsonNode types = body.path("credential_definition").path("type");
    if (!types.isArray() || !typesMatch(types)) {
      return refused(Dialect.DRAFT13, OAuthError.UNSUPPORTED_CREDENTIAL_TYPE,
          "credential_definition.type must be VerifiableCredential, OpenBadgeCredential");
    }
    JsonNode proof = body.get("proof");
    if (proof == null || !proof.isObject()) {
      return refused(Dialect.DRAFT13, OAuthError.INVALID_PROOF, "proof is missing");
    }
    if (!"jwt".equals(proof.path("proof_type").asText()) || !proof.path("jwt").isTextual()) {
      return refused(Dialect.DRAFT13, OAuthError.INVALID_PROOF,
          "proof must have proof_type jwt and a jwt");
    }
    return new Read(Dialect.DRAFT13, Format.JWT_VC_JSON, proof.get("jwt").asText());
  }

  private static boolean typesMatch(JsonNode types) {
    Set<String> requested = new HashSet<>();
    for (JsonNode type : types) {
      if (!type.isTextual()) {
        return false;
      }
      requested.add(type.asText());
    }
    return requested.equals(Set.copyOf(IssuerMetadata.TYPES));
  }

  private static Refused refused(Dialect dialect, OAuthError error, String description) {
    return new Refused(dialect, error, description);
  }
}
