package org.tessera.shared.jose;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.json.Json;

/**
 * Credentials as JWTs: the Open Badges 3.0 JWT proof for signing, and shape detection for the
 * three JWT encodings the verifier accepts. Parsing never verifies; see {@link JwsVerifiers}.
 */
public final class CredentialJwt {

  /** Longest compact token accepted (baked images may carry data URLs). */
  public static final int MAX_COMPACT_CHARS = 1_000_000;

  /** Longest encoded JOSE header accepted; real headers are well under 1 KB. */
  public static final int MAX_HEADER_CHARS = 8 * 1024;

  /** The JWT registered claims (RFC 7519 §4.1); they are not part of the credential view. */
  static final List<String> REGISTERED_CLAIMS = List.of("iss", "sub", "aud", "exp", "nbf", "iat", "jti");

  private static final String VC_V1_CONTEXT = "https://www.w3.org/2018/credentials/v1";
  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private CredentialJwt() {}

  /**
   * The OB 3.0 JWT claims for a credential: all its members plus {@code iss} = issuer id,
   * {@code sub} = credentialSubject.id, {@code jti} = id, {@code nbf} = validFrom, {@code exp} =
   * validUntil (each when present; the issuer id is required).
   *
   * @throws IllegalArgumentException naming the field when the credential cannot be mapped
   */
  public static JWTClaimsSet claimsFor(ObjectNode credential) {
    try {
      return JWTClaimsSet.parse(Json.mapper().convertValue(payloadFor(credential), MAP));
    } catch (ParseException e) {
      throw new IllegalArgumentException("credential cannot be expressed as JWT claims", e);
    }
  }

  /**
   * Signs a credential as an OB 3.0 JWT with header {@code alg}, {@code kid} and {@code typ: JWT}
   * only. The payload is written by our JSON mapper, so numbers keep the form they have in the
   * credential.
   *
   * @throws IllegalArgumentException if the credential cannot be mapped, the kid is blank or the
   *     signer cannot produce {@code alg}
   */
  public static String sign(ObjectNode credential, JWSSigner signer, JwsAlgorithm alg, String kid) {
    if (kid == null || kid.isBlank()) {
      throw new IllegalArgumentException("kid is required");
    }
    JWSHeader header = new JWSHeader.Builder(alg.nimbus()).keyID(kid).type(JOSEObjectType.JWT).build();
    JWSObject jws = new JWSObject(header, new Payload(Json.write(payloadFor(credential))));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("signer cannot sign " + alg.headerName(), e);
    }
    return jws.serialize();
  }

  /**
   * Splits a compact JWT and detects how it carries a credential, without verifying anything.
   * Empty for anything malformed, oversized, with duplicate JSON keys, a {@code typ} other than
   * absent / JWT / vc+jwt, or a payload that is none of the {@link JwtShape}s.
   */
  public static Optional<ParsedCredentialJwt> parse(String compact) {
    if (compact == null || compact.length() > MAX_COMPACT_CHARS) {
      return Optional.empty();
    }
    String[] parts = compact.split("\\.", -1);
    if (parts.length != 3 || parts[0].length() > MAX_HEADER_CHARS
        || !isBase64Url(parts[0]) || !isBase64Url(parts[1]) || !isBase64Url(parts[2])) {
      return Optional.empty();
    }
    Optional<ObjectNode> header = decodeJson(parts[0]);
    Optional<ObjectNode> payload = decodeJson(parts[1]);
    if (header.isEmpty() || payload.isEmpty()) {
      return Optional.empty();
    }
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(compact);
    } catch (ParseException | RuntimeException e) {
      // e.g. alg "none" or a JWE: not a signed JWT.
      return Optional.empty();
    }
    return parse(jwt, header.get(), payload.get());
  }

  private static Optional<ParsedCredentialJwt> parse(SignedJWT jwt, ObjectNode header, ObjectNode payload) {
    JsonNode alg = header.get("alg");
    JsonNode kid = header.get("kid");
    JsonNode typ = header.get("typ");
    if (alg == null || !alg.isTextual() || (kid != null && !kid.isTextual())
        || (typ != null && !typ.isTextual()) || !registeredClaimsWellTyped(payload)) {
      return Optional.empty();
    }
    Optional<String> typValue = Optional.ofNullable(typ).map(JsonNode::asText);
    String mediaType = typValue.map(CredentialJwt::normaliseMediaType).orElse("jwt");
    Optional<JwtShape> shape = detectShape(mediaType, payload);
    if (shape.isEmpty()) {
      return Optional.empty();
    }
    ObjectNode credential = shape.get() == JwtShape.VCDM11_VC_CLAIM
        ? credentialFromVcClaim(payload)
        : withoutRegisteredClaims(payload);
    Set<String> names = new LinkedHashSet<>();
    header.fieldNames().forEachRemaining(names::add);
    return Optional.of(new ParsedCredentialJwt(jwt, shape.get(), credential, payload, alg.asText(),
        Optional.ofNullable(kid).map(JsonNode::asText), typValue, names, header));
  }

  private static Optional<JwtShape> detectShape(String mediaType, ObjectNode payload) {
    if (mediaType.equals("vc+jwt")) {
      return isCredential(payload) ? Optional.of(JwtShape.VC_JOSE_COSE) : Optional.empty();
    }
    if (!mediaType.equals("jwt")) {
      return Optional.empty();
    }
    JsonNode vc = payload.get("vc");
    if (vc != null) {
      return vc.isObject() && isCredential(vc) ? Optional.of(JwtShape.VCDM11_VC_CLAIM) : Optional.empty();
    }
    return isCredential(payload) ? Optional.of(JwtShape.OB3_JWT) : Optional.empty();
  }

  /** RFC 7515 §4.1.9: typ is case-insensitive and "application/" may be omitted. */
  private static String normaliseMediaType(String typ) {
    String lower = typ.toLowerCase(Locale.ROOT);
    return lower.startsWith("application/") ? lower.substring("application/".length()) : lower;
  }

  private static boolean isCredential(JsonNode node) {
    JsonNode context = node.get("@context");
    if (context == null || !(context.isArray() || context.isTextual())) {
      return false;
    }
    JsonNode type = node.get("type");
    if (type == null) {
      return false;
    }
    if (type.isTextual()) {
      return type.asText().equals("VerifiableCredential");
    }
    if (type.isArray()) {
      for (JsonNode entry : type) {
        if (entry.isTextual() && entry.asText().equals("VerifiableCredential")) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean registeredClaimsWellTyped(ObjectNode payload) {
    for (String name : List.of("iss", "sub", "jti")) {
      JsonNode value = payload.get(name);
      if (value != null && !value.isTextual()) {
        return false;
      }
    }
    for (String name : List.of("nbf", "exp", "iat")) {
      JsonNode value = payload.get(name);
      if (value != null && !value.isNumber()) {
        return false;
      }
    }
    return true;
  }

  private static ObjectNode withoutRegisteredClaims(ObjectNode payload) {
    ObjectNode credential = payload.deepCopy();
    credential.remove(REGISTERED_CLAIMS);
    return credential;
  }

  /** VCDM 1.1 §6.3.1: the registered claims stand for credential members; restore missing ones. */
  private static ObjectNode credentialFromVcClaim(ObjectNode payload) {
    ObjectNode credential = ((ObjectNode) payload.get("vc")).deepCopy();
    boolean v1 = firstContext(credential).equals(VC_V1_CONTEXT);
    mergeOtherClaims(payload, credential);
    putIfMissing(credential, "issuer", payload.get("iss"));
    putIfMissing(credential, "id", payload.get("jti"));
    JsonNode sub = payload.get("sub");
    if (sub != null) {
      JsonNode subject = credential.get("credentialSubject");
      if (subject == null) {
        credential.putObject("credentialSubject").set("id", sub);
      } else if (subject.isObject()) {
        putIfMissing((ObjectNode) subject, "id", sub);
      }
    }
    putIfMissing(credential, v1 ? "issuanceDate" : "validFrom", dateTime(payload.get("nbf")));
    putIfMissing(credential, v1 ? "expirationDate" : "validUntil", dateTime(payload.get("exp")));
    return credential;
  }

  /**
   * did-jwt-vc (and so Veramo and others) keeps in the {@code vc} claim only the members it knows
   * and writes the rest ({@code name}, the issuer profile without its id, …) as claims beside it;
   * its decoder merges them back. They are signed like the rest, so they are merged back here
   * too, never over a member the {@code vc} claim has; an issuer object gets {@code iss} as id.
   */
  private static void mergeOtherClaims(ObjectNode payload, ObjectNode credential) {
    for (Map.Entry<String, JsonNode> claim : payload.properties()) {
      String name = claim.getKey();
      if (name.equals("vc") || name.equals("vp") || REGISTERED_CLAIMS.contains(name)
          || credential.has(name)) {
        continue;
      }
      JsonNode value = claim.getValue().deepCopy();
      if (name.equals("issuer") && value.isObject() && !value.has("id")
          && payload.path("iss").isTextual()) {
        ((ObjectNode) value).set("id", payload.get("iss"));
      }
      credential.set(name, value);
    }
  }

  private static String firstContext(ObjectNode credential) {
    JsonNode context = credential.get("@context");
    JsonNode first = context.isArray() ? context.path(0) : context;
    return first.isTextual() ? first.asText() : "";
  }

  private static JsonNode dateTime(JsonNode numericDate) {
    return numericDate == null
        ? null
        : Json.mapper().getNodeFactory().textNode(Instant.ofEpochSecond(numericDate.asLong()).toString());
  }

  private static void putIfMissing(ObjectNode target, String name, JsonNode value) {
    if (value != null && !target.has(name)) {
      target.set(name, value);
    }
  }

  static ObjectNode payloadFor(ObjectNode credential) {
    for (String claim : REGISTERED_CLAIMS) {
      if (credential.has(claim)) {
        throw new IllegalArgumentException("credential must not contain the JWT claim " + claim);
      }
    }
    ObjectNode payload = credential.deepCopy();
    payload.put("iss", issuerId(credential.get("issuer")));
    JsonNode subject = credential.get("credentialSubject");
    if (subject != null && subject.isObject()) {
      textMember(subject, "id", "credentialSubject.id").ifPresent(id -> payload.put("sub", id));
    }
    textMember(credential, "id", "id").ifPresent(id -> payload.put("jti", id));
    textMember(credential, "validFrom", "validFrom")
        .ifPresent(value -> payload.put("nbf", epochSeconds(value, "validFrom")));
    textMember(credential, "validUntil", "validUntil")
        .ifPresent(value -> payload.put("exp", epochSeconds(value, "validUntil")));
    return payload;
  }

  private static String issuerId(JsonNode issuer) {
    if (issuer != null && issuer.isTextual() && !issuer.asText().isBlank()) {
      return issuer.asText();
    }
    if (issuer != null && issuer.isObject()) {
      return textMember(issuer, "id", "issuer.id")
          .filter(id -> !id.isBlank())
          .orElseThrow(() -> new IllegalArgumentException("issuer.id is required"));
    }
    throw new IllegalArgumentException("issuer is required (a string or an object with id)");
  }

  private static Optional<String> textMember(JsonNode node, String name, String path) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(path + " must be a string");
    }
    return Optional.of(value.asText());
  }

  private static long epochSeconds(String dateTime, String field) {
    try {
      return OffsetDateTime.parse(dateTime).toEpochSecond();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " is not a date-time with offset", e);
    }
  }

  private static boolean isBase64Url(String part) {
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * One base64url part of a compact JWS as a JSON object, read by the strict parser (UTF-8
   * only, no duplicate keys); empty for anything else. For JWTs that are not credentials
   * (presentations) whose parts must be read the same way.
   */
  public static Optional<ObjectNode> decodeJson(String part) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(part);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return Json.parseUntrustedObject(text);
    } catch (IllegalArgumentException | CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
