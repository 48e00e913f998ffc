package org.tessera.verifier.attacks;

import static org.tessera.verifier.attacks.AttackVectorGenerator.DID_A;
import static org.tessera.verifier.attacks.AttackVectorGenerator.NOW;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tessera.shared.did.DidKey;
import org.tessera.shared.json.Json;
import org.tessera.verifier.testkit.Presentations;

/**
 * The presentation attack vectors 070–079: a holder (fixed test key {@code keys/holder.jwk},
 * did:key) presents credentials of trusted issuer A; each vector breaks one rule of presentation
 * verification. Their {@code vector.json} says {@code kind: presentation} and the nonce and
 * audience the verifier expects; {@code expected.json} the code of the presentation's own check.
 */
final class PresentationAttackVectors {

  static final String NONCE = "attack-nonce-7Qm2";
  static final String AUDIENCE = "https://verifier.attack.test";

  private final AttackVectorGenerator generator;
  private final JWK keyA;
  private final JWK attacker;
  private final JWK holder;
  private final String holderDid;
  private final String attackerDid;

  PresentationAttackVectors(AttackVectorGenerator generator, JWK keyA, JWK attacker,
      JWK holder) {
    this.generator = generator;
    this.keyA = keyA;
    this.attacker = attacker;
    this.holder = holder;
    this.holderDid = DidKey.encode(holder.toPublicJWK());
    this.attackerDid = DidKey.encode(attacker.toPublicJWK());
  }

  void generate() {
    List<String> mine = List.of(credentialA(holderDid), credentialA(holderDid));
    vector("070-vp-wrong-nonce", byHolder(payload(mine, "replayed-from-elsewhere", AUDIENCE)),
        "NONCE_MISMATCH", "a valid presentation made for another request (other nonce)");
    vector("071-vp-wrong-audience",
        byHolder(payload(mine, NONCE, "https://other-verifier.attack.test")), "AUDIENCE_MISMATCH",
        "a valid presentation made for another verifier (aud)");
    vector("072-vp-stolen-credentials", signed(vpPayload(attackerDid, mine, NONCE, AUDIENCE),
        header(attackerDid + "#" + fragment(attackerDid)), attacker), "HOLDER_MISMATCH",
        "the holder's credentials presented and signed by the attacker as holder");
    vector("073-vp-holder-named-attacker-signed", signed(payload(mine, NONCE, AUDIENCE),
        header(holderKid()), attacker), "PRESENTATION_SIGNATURE_INVALID",
        "names the holder and the holder's kid, signed with the attacker's key");
    vector("074-vp-kid-of-other-did", signed(payload(mine, NONCE, AUDIENCE),
        header(attackerDid + "#" + fragment(attackerDid)), attacker), "HOLDER_KEY_NOT_FOUND",
        "names the holder, kid and signature of another did:key");
    ObjectNode jwk = header(holderKid());
    jwk.set("jwk", Json.mapper().valueToTree(attacker.toPublicJWK().toJSONObject()));
    vector("075-vp-header-jwk", signed(payload(mine, NONCE, AUDIENCE), jwk, attacker),
        "PRESENTATION_HEADER_NOT_ALLOWED", "attacker key embedded as header jwk");
    vector("076-vp-alg-none", encode(Json.object().put("alg", "none").put("kid", holderKid()))
        + "." + encode(payload(mine, NONCE, AUDIENCE)) + ".", "ALG_NOT_ALLOWED",
        "alg none with an empty signature");
    ObjectNode old = payload(mine, NONCE, AUDIENCE);
    old.put("iat", NOW.minus(Duration.ofHours(2)).getEpochSecond());
    vector("077-vp-iat-expired", byHolder(old), "PRESENTATION_EXPIRED",
        "a presentation made two hours ago");
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 21; i++) {
      many.add(mine.get(0));
    }
    vector("078-vp-too-many-credentials", byHolder(payload(many, NONCE, AUDIENCE)),
        "TOO_MANY_CREDENTIALS", "21 credentials, one more than the default limit");
    ObjectNode selfIssued = AttackVectorGenerator.credential(holderDid);
    ((ObjectNode) selfIssued.get("credentialSubject")).put("id", holderDid);
    String ownCredential = AttackVectorGenerator.signRaw(header(holderKid()),
        AttackVectorGenerator.payload(selfIssued), holder);
    vector("079-vp-self-issued-credential",
        byHolder(payload(List.of(mine.get(0), ownCredential), NONCE, AUDIENCE)),
        "CREDENTIAL_NOT_VERIFIED", "the holder adds a credential it issued itself (not trusted)");
  }

  /** Issuer A's template credential awarded to {@code subject}, signed by A. */
  private String credentialA(String subject) {
    ObjectNode credential = AttackVectorGenerator.credential(DID_A);
    ((ObjectNode) credential.get("credentialSubject")).put("id", subject);
    return AttackVectorGenerator.signRaw(header(DID_A + "#key-1"),
        AttackVectorGenerator.payload(credential), keyA);
  }

  private ObjectNode payload(List<String> credentials, String nonce, String audience) {
    return vpPayload(holderDid, credentials, nonce, audience);
  }

  private static ObjectNode vpPayload(String holderDid, List<String> credentials, String nonce,
      String audience) {
    return Presentations.vpClaimPayload(holderDid, credentials, nonce, audience, NOW);
  }

  private String byHolder(ObjectNode payload) {
    return signed(payload, header(holderKid()), holder);
  }

  private static String signed(ObjectNode payload, ObjectNode header, JWK key) {
    return AttackVectorGenerator.signRaw(header, payload, key);
  }

  private String holderKid() {
    return holderDid + "#" + fragment(holderDid);
  }

  private static String fragment(String didKey) {
    return didKey.substring("did:key:".length());
  }

  private static ObjectNode header(String kid) {
    return Json.object().put("alg", "EdDSA").put("kid", kid).put("typ", "JWT");
  }

  private static String encode(ObjectNode json) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(Json.write(json).getBytes(StandardCharsets.UTF_8));
  }

  private void vector(String name, String input, String code, String description) {
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("description", description);
    setup.put("kind", "presentation");
    setup.put("nonce", NONCE);
    setup.put("audience", AUDIENCE);
    generator.vector(name, "input.jwt", input, code, setup);
  }
}
