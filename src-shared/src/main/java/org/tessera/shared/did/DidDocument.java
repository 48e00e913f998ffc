package org.tessera.shared.did;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tessera.shared.jose.JwkJson;
import org.tessera.shared.json.Json;

/**
 * The part of a DID document Tessera uses: JWK verification methods and the assertion and
 * authentication relationships that reference them.
 *
 * @param id the DID
 * @param verificationMethod the methods (unique ids)
 * @param assertionMethod ids of methods allowed to sign credentials
 * @param authentication ids of methods allowed to authenticate
 */
public record DidDocument(
    String id,
    List<VerificationMethod> verificationMethod,
    List<String> assertionMethod,
    List<String> authentication) {

  /** The contexts written by {@link #toJson()}. */
  public static final List<String> CONTEXT =
      List.of("https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1");

  /** More methods than this is not a plausible issuer document. */
  public static final int MAX_METHODS = 100;

  public DidDocument {
    if (id == null || !id.startsWith("did:") || id.contains("#")) {
      throw new IllegalArgumentException("DID document id must be a DID");
    }
    verificationMethod = List.copyOf(verificationMethod);
    assertionMethod = List.copyOf(assertionMethod);
    authentication = List.copyOf(authentication);
    Set<String> ids = verificationMethod.stream().map(VerificationMethod::id).collect(Collectors.toSet());
    if (ids.size() != verificationMethod.size()) {
      throw new IllegalArgumentException("verification method ids must be unique");
    }
    if (!ids.containsAll(assertionMethod) || !ids.containsAll(authentication)) {
      throw new IllegalArgumentException("relationships must reference listed verification methods");
    }
  }

  /**
   * A document for {@code did} listing each key as {@code <did>#<kid>}, all usable for assertion and
   * authentication.
   *
   * @throws IllegalArgumentException for keys without a kid or with private parts
   */
  public static DidDocument forKeys(String did, List<JWK> publicKeys) {
    return forKeys(did, publicKeys, Map.of());
  }

  /**
   * Like {@link #forKeys(String, List)}, marking the keys named in {@code revokedByKid} (by kid)
   * as revoked from the given instant.
   */
  public static DidDocument forKeys(String did, List<JWK> publicKeys,
      Map<String, Instant> revokedByKid) {
    List<VerificationMethod> methods = new ArrayList<>();
    for (JWK key : publicKeys) {
      if (key.getKeyID() == null || key.getKeyID().isBlank()) {
        throw new IllegalArgumentException("every key needs a kid (the method fragment)");
      }
      methods.add(VerificationMethod.of(did + "#" + key.getKeyID(), did, key,
          Optional.ofNullable(revokedByKid.get(key.getKeyID()))));
    }
    List<String> ids = methods.stream().map(VerificationMethod::id).collect(Collectors.toList());
    return new DidDocument(did, methods, ids, ids);
  }

  /** The public key of a method, by absolute DID URL ({@code did#frag}) or relative {@code #frag}. */
  public Optional<JWK> key(String kidOrFragment) {
    return absolute(kidOrFragment).flatMap(this::method).map(VerificationMethod::publicJwk);
  }

  /** Like {@link #key(String)}, but only for methods listed under {@code assertionMethod}. */
  public Optional<JWK> assertionKey(String kidOrFragment) {
    return absolute(kidOrFragment).filter(assertionMethod::contains).flatMap(this::method)
        .map(VerificationMethod::publicJwk);
  }

  /** The method listed under {@code assertionMethod} for a kid, with its revocation time. */
  public Optional<VerificationMethod> assertionMethodFor(String kidOrFragment) {
    return absolute(kidOrFragment).filter(assertionMethod::contains).flatMap(this::method);
  }

  /**
   * The method listed under {@code authentication} for a kid: the keys a DID's controller proves
   * control with, e.g. by signing a presentation.
   */
  public Optional<VerificationMethod> authenticationMethodFor(String kidOrFragment) {
    return absolute(kidOrFragment).filter(authentication::contains).flatMap(this::method);
  }

  private Optional<VerificationMethod> method(String methodId) {
    return verificationMethod.stream().filter(m -> m.id().equals(methodId)).findFirst();
  }

  private Optional<String> absolute(String kid) {
    if (kid == null || kid.length() < 2) {
      return Optional.empty();
    }
    if (kid.startsWith("#")) {
      return Optional.of(id + kid);
    }
    return kid.startsWith(id + "#") ? Optional.of(kid) : Optional.empty();
  }

  /** The document as JSON, with the DID v1 and JWS 2020 contexts. */
  public ObjectNode toJson() {
    ObjectNode node = Json.object();
    ArrayNode context = node.putArray("@context");
    CONTEXT.forEach(context::add);
    node.put("id", id);
    ArrayNode methods = node.putArray("verificationMethod");
    verificationMethod.forEach(m -> methods.add(m.toJson()));
    ArrayNode assertion = node.putArray("assertionMethod");
    assertionMethod.forEach(assertion::add);
    ArrayNode auth = node.putArray("authentication");
    authentication.forEach(auth::add);
    return node;
  }

  /**
   * Reads a DID document. Methods of other types, or with unusable keys, are skipped, and so are
   * relationship entries that do not reference a usable method of this document; relative ids
   * ({@code #frag}) are made absolute and embedded methods in a relationship are collected. Empty
   * when the document is malformed, has too many methods, or publishes any private key.
   */
  public static Optional<DidDocument> fromJson(JsonNode json) {
    if (json == null || !json.isObject() || !json.path("id").isTextual()) {
      return Optional.empty();
    }
    String did = json.get("id").asText();
    if (!did.startsWith("did:") || did.contains("#")) {
      return Optional.empty();
    }
    Map<String, VerificationMethod> methods = new LinkedHashMap<>();
    List<String> assertion = new ArrayList<>();
    List<String> auth = new ArrayList<>();
    try {
      for (JsonNode entry : arrayOrEmpty(json.get("verificationMethod"))) {
        readMethod(did, entry, methods);
      }
      for (JsonNode entry : arrayOrEmpty(json.get("assertionMethod"))) {
        readRelationship(did, entry, methods).ifPresent(assertion::add);
      }
      for (JsonNode entry : arrayOrEmpty(json.get("authentication"))) {
        readRelationship(did, entry, methods).ifPresent(auth::add);
      }
      if (methods.size() > MAX_METHODS) {
        return Optional.empty();
      }
      return Optional.of(new DidDocument(did, List.copyOf(methods.values()),
          assertion.stream().filter(methods::containsKey).distinct().collect(Collectors.toList()),
          auth.stream().filter(methods::containsKey).distinct().collect(Collectors.toList())));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Iterable<JsonNode> arrayOrEmpty(JsonNode node) {
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new IllegalArgumentException("expected an array");
    }
    return node;
  }

  private static Optional<String> readRelationship(String did, JsonNode entry, Map<String, VerificationMethod> methods) {
    if (entry.isTextual()) {
      return Optional.of(resolve(did, entry.asText()));
    }
    return readMethod(did, entry, methods);
  }

  /** Adds a usable JWK method; throws (rejecting the whole document) if it carries a private key. */
  private static Optional<String> readMethod(String did, JsonNode entry, Map<String, VerificationMethod> methods) {
    if (!entry.isObject()) {
      throw new IllegalArgumentException("verification method must be an object");
    }
    JsonNode jwk = entry.get("publicKeyJwk");
    if (JwkJson.hasPrivateMembers(jwk)) {
      throw new IllegalArgumentException("DID document publishes a private key");
    }
    if (!entry.path("id").isTextual() || !entry.path("controller").isTextual()
        || !VerificationMethod.JWK_TYPES.contains(entry.path("type").asText())
        || JwkJson.parsePublic(jwk).isEmpty()) {
      return Optional.empty();
    }
    String methodId = resolve(did, entry.get("id").asText());
    Optional<Optional<Instant>> revoked = revoked(entry.get("revoked"));
    if (revoked.isEmpty()) {
      // A revocation time we cannot read: the key is unusable rather than trusted.
      return Optional.empty();
    }
    VerificationMethod method;
    try {
      method = new VerificationMethod(methodId, entry.get("type").asText(),
          entry.get("controller").asText(), Json.write(jwk), revoked.get());
    } catch (IllegalArgumentException e) {
      // An unusable method (e.g. an id without fragment) is skipped, not fatal.
      return Optional.empty();
    }
    VerificationMethod previous = methods.putIfAbsent(methodId, method);
    if (previous != null && !previous.equals(method)) {
      throw new IllegalArgumentException("two different methods share one id");
    }
    return Optional.of(methodId);
  }

  /** Absent: not revoked; a dateTimeStamp: revoked then; anything else: empty (unreadable). */
  private static Optional<Optional<Instant>> revoked(JsonNode value) {
    if (value == null) {
      return Optional.of(Optional.empty());
    }
    if (!value.isTextual() || value.asText().length() > 64) {
      return Optional.empty();
    }
    try {
      return Optional.of(Optional.of(OffsetDateTime.parse(value.asText()).toInstant()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String resolve(String did, String reference) {
    return reference.startsWith("#") ? did + reference : reference;
  }
}
