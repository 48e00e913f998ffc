package org.tessera.verifier.attacks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusListCredentialView;
import org.tessera.shared.status.StatusListCredentials;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustListJwt;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.testkit.Fixture;

/**
 * Writes the attack vectors under {@code src/test/resources/vectors/attacks}. All keys are fixed
 * Ed25519 test keys checked in under {@code attacks/keys} (Ed25519 signatures are deterministic),
 * so running this again produces the same bytes; {@code AttackVectorGeneratorTest} checks that.
 *
 * <p>Run: {@code java ... AttackVectorGenerator [outDir]} (test classpath), or
 * {@code AttackVectorGenerator --new-keys <outDir>} once to create the keys.
 */
public final class AttackVectorGenerator {

  static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  static final String HOST_A = "issuer-a.attack.test";
  static final String HOST_B = "issuer-b.attack.test";
  static final String DID_A = "did:web:" + HOST_A;
  static final String DID_B = "did:web:" + HOST_B;
  static final String STATUS_PATH = "/status/1";
  static final String STATUS_URL_A = "https://" + HOST_A + STATUS_PATH;
  static final List<String> KEY_NAMES = List.of("issuer-a", "issuer-b", "attacker", "anchor");

  private final Path out;
  private final JWK keyA;
  private final JWK keyB;
  private final JWK attacker;
  private final JWK anchor;
  private final PresentationAttackVectors presentations;

  AttackVectorGenerator(Path out, Path keys) {
    this.out = out;
    this.keyA = readKey(keys, "issuer-a");
    this.keyB = readKey(keys, "issuer-b");
    this.attacker = readKey(keys, "attacker");
    this.anchor = readKey(keys, "anchor");
    this.presentations = new PresentationAttackVectors(this, keyA, attacker,
        readKey(keys, "holder"));
  }

  public static void main(String[] args) {
    if (args.length == 2 && args[0].equals("--new-keys")) {
      Path dir = Path.of(args[1]).resolve("keys");
      for (String name : KEY_NAMES) {
        write(dir.resolve(name + ".jwk"),
            Json.writePretty(JwkGenerator.generate(JwsAlgorithm.EdDSA, "key-1").toJSONObject()));
      }
      return;
    }
    Path dir = Path.of(args.length > 0 ? args[0] : "verifier/src/test/resources/vectors/attacks");
    new AttackVectorGenerator(dir, dir.resolve("keys")).generateAll();
  }

  void generateAll() {
    common();
    headerAttacks();
    kidAttacks();
    claimAttacks();
    parserAttacks();
    statusAttacks();
    trustListAttacks();
    networkAttacks();
    vector("036-remote-jsonld-context", "input.jwt", signA(withRemoteContext()), "JSONLD_INVALID",
        Map.of("description", "an extra @context URL that is not bundled: never fetched"));
    compromisedKeyStatusList();
    costAttacks();
    statusPeriodAttacks();
    issue10Defects();
    presentations.generate();
  }

  // --- issue #10, second part (050-069) ---------------------------------------------------------

  /**
   * Shapes of issue #10: a share request over the store's cap (was a 500), and keys the trust
   * list pins that the issuer's DID document marks compromised (were accepted).
   */
  private void issue10Defects() {
    ObjectNode blob = credential(DID_A);
    blob.put("blob", "A".repeat(268_000));
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("description", "a 268 KB credential with a blob in an undefined term; POST /shares"
        + " refuses it by size, before verifying");
    setup.put("shares", Map.of("status", 400, "code", "CREDENTIAL_TOO_LARGE"));
    vector("050-share-oversized-credential", "input.jwt", signA(blob), "JSONLD_INVALID", setup);

    JWK stolen = new OctetKeyPair.Builder(attacker.toOctetKeyPair()).keyID("key-2").build();
    String pinnedDid = Json.writePretty(DidDocument.forKeys(DID_A,
        List.of(keyA.toPublicJWK(), stolen.toPublicJWK()),
        Map.of("key-2", Instant.parse("2025-06-01T00:00:00Z"))).toJson());
    String pinnedList = trustList(12, Instant.parse("2036-01-01T00:00:00Z"),
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of(keyA.toPublicJWK(), stolen.toPublicJWK()));

    ObjectNode forged = credential(DID_A);
    forged.put("validFrom", "2025-09-01T00:00:00Z");
    String name = "051-pinned-key-compromised";
    vector(name, "input.jwt", CredentialJwt.sign(forged, JwsSigners.forKey(stolen),
        JwsAlgorithm.EdDSA, DID_A + "#key-2"), "KEY_COMPROMISED", Map.of("description",
        "a credential dated after A's key-2 was declared compromised, signed with it; the trust"
            + " list pins key-2"));
    write(out.resolve(name + "/did.json"), pinnedDid);
    write(out.resolve(name + "/trust-list.jwt"), pinnedList);

    name = "052-status-list-signed-by-pinned-compromised-key";
    vector(name, "input.jwt", signA(credential(DID_A)), "STATUS_LIST_INVALID", Map.of(
        "description", "issuer A's status list signed with A's compromised key-2, back-dated;"
            + " the trust list pins key-2"));
    write(out.resolve(name + "/did.json"), pinnedDid);
    write(out.resolve(name + "/trust-list.jwt"), pinnedList);
    write(out.resolve(name + "/status.jwt"),
        statusList(DID_A, stolen, DID_A + "#key-2", BitstringStatusList.create(131_072).encode()));
  }

  // --- shared documents -----------------------------------------------------------------------

  private void common() {
    Path dir = out.resolve("common");
    write(dir.resolve("anchor.pub.jwk"), Json.writePretty(anchor.toPublicJWK().toJSONObject()));
    write(dir.resolve("trust-list.jwt"), trustList(10, Instant.parse("2036-01-01T00:00:00Z")));
    write(dir.resolve("did-" + HOST_A + ".json"), didDocument(DID_A, keyA));
    write(dir.resolve("did-" + HOST_B + ".json"), didDocument(DID_B, keyB));
    write(dir.resolve("status-" + HOST_A + ".jwt"),
        statusList(DID_A, keyA, DID_A + "#key-1", BitstringStatusList.create(131_072).encode()));
  }

  private String trustList(long sequence, Instant nextUpdate) {
    return trustList(sequence, nextUpdate,
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of());
  }

  /**
   * Both issuers granted since 2025-01-01, except that issuer A has {@code historyA};
   * {@code pinnedA} are keys the list pins for issuer A.
   */
  private String trustList(long sequence, Instant nextUpdate, List<StatusPeriod> historyA,
      List<JWK> pinnedA) {
    AccreditationScope scope =
        new AccreditationScope(List.of("EU-CMF"), 5, 8, List.of(), Optional.empty());
    List<StatusPeriod> granted =
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z")));
    TrustList list = new TrustList(Optional.of("https://trust.attack.test"), sequence,
        Instant.parse("2025-01-01T00:00:00Z"), nextUpdate, "Attack Suite Operator", List.of(
            new TrustedIssuer(DID_A, "Issuer A", "NL", historyA,
                pinnedA.stream().map(JWK::toJSONObject).toList(), scope),
            new TrustedIssuer(DID_B, "Issuer B", "BE", granted, List.of(), scope)));
    return TrustListJwt.sign(list, JwsSigners.forKey(anchor), JWSAlgorithm.EdDSA,
        anchor.getKeyID());
  }

  private static String didDocument(String did, JWK key) {
    return Json.writePretty(DidDocument.forKeys(did, List.of(key.toPublicJWK())).toJson());
  }

  private static String statusList(String issuer, JWK key, String kid, String encodedList) {
    StatusListCredentialView view = new StatusListCredentialView(STATUS_URL_A, issuer,
        StatusPurpose.REVOCATION, encodedList, Optional.of(300_000L),
        Instant.parse("2025-01-01T00:00:00Z"), Optional.empty());
    return CredentialJwt.sign(StatusListCredentials.toJson(view), JwsSigners.forKey(key),
        JwsAlgorithm.EdDSA, kid);
  }

  // --- vectors ------------------------------------------------------------------------------

  private void headerAttacks() {
    ObjectNode payload = payload(credential(DID_A));
    vector("001-alg-none", "input.jwt",
        compact(header("none", DID_A + "#key-1"), Json.write(payload), ""), "ALG_NOT_ALLOWED",
        Map.of("description", "alg none with an empty signature"));
    vector("002-hs256-public-key-as-secret", "input.jwt", hmacWithPublicKey(payload),
        "ALG_NOT_ALLOWED", Map.of("description",
            "HS256 keyed with issuer A's public JWK (the classic key-confusion attack)"));
    ObjectNode jwk = header("EdDSA", DID_A + "#key-1");
    jwk.set("jwk", Json.mapper().valueToTree(attacker.toPublicJWK().toJSONObject()));
    vector("003-header-jwk", "input.jwt", signRaw(jwk, payload, attacker), "HEADER_NOT_ALLOWED",
        Map.of("description", "attacker key embedded as header jwk, token signed with it"));
    injected("004-header-jku", "jku", Json.mapper().getNodeFactory()
        .textNode("https://evil.attack.test/jwks.json"), payload);
    injected("005-header-x5u", "x5u", Json.mapper().getNodeFactory()
        .textNode("https://evil.attack.test/cert.pem"), payload);
    ArrayNode chain = Json.mapper().createArrayNode().add(
        Base64.getEncoder().encodeToString("not a certificate".getBytes(StandardCharsets.UTF_8)));
    injected("006-header-x5c", "x5c", chain, payload);
    ObjectNode crit = header("EdDSA", DID_A + "#key-1");
    crit.set("crit", Json.mapper().createArrayNode().add("exp"));
    vector("007-header-crit", "input.jwt", signRaw(crit, payload, keyA), "HEADER_NOT_ALLOWED",
        Map.of("description", "a crit header naming a parameter, signed by the real issuer"));
  }

  private void injected(String name, String member, JsonNode value, ObjectNode payload) {
    ObjectNode header = header("EdDSA", DID_A + "#key-1");
    header.set(member, value);
    vector(name, "input.jwt", signRaw(header, payload, attacker), "HEADER_NOT_ALLOWED",
        Map.of("description", "header " + member + " pointing at attacker material"));
  }

  private void kidAttacks() {
    ObjectNode payload = payload(credential(DID_A));
    vector("008-kid-path-traversal", "input.jwt",
        signRaw(header("EdDSA", "../../.well-known/did.json#key-1"), payload, attacker),
        "KID_ISSUER_MISMATCH", Map.of("description", "kid is a relative path, not a DID URL"));
    vector("009-kid-url", "input.jwt",
        signRaw(header("EdDSA", "https://evil.attack.test/jwks.json#key-1"), payload, attacker),
        "KID_ISSUER_MISMATCH", Map.of("description", "kid is an https URL of attacker keys"));
    vector("010-kid-other-trusted-did", "input.jwt",
        signRaw(header("EdDSA", DID_B + "#key-1"), payload, keyB), "KID_ISSUER_MISMATCH",
        Map.of("description", "issuer A's credential, kid and signature of trusted issuer B"));
    vector("011-kid-did-web-other-host", "input.jwt",
        signRaw(header("EdDSA", "did:web:evil.attack.test#key-1"), payload, attacker),
        "KID_ISSUER_MISMATCH", Map.of("description", "kid is a did:web of another host"));
    vector("012-kid-fragment-traversal", "input.jwt",
        signRaw(header("EdDSA", DID_A + "#../../key-1"), payload, attacker), "KEY_NOT_FOUND",
        Map.of("description", "kid fragment with ../ inside issuer A's DID"));
    vector("013-signed-by-other-trusted-issuer", "input.jwt",
        signRaw(header("EdDSA", DID_A + "#key-1"), payload, keyB), "SIGNATURE_INVALID",
        Map.of("description", "issuer A's credential and kid, signed with trusted issuer B's key"));
  }

  private void claimAttacks() {
    ObjectNode credential = credential(DID_A);
    ObjectNode iss = payload(credential).put("iss", DID_B);
    vector("014-iss-mismatch", "input.jwt", signRaw(header("EdDSA", DID_A + "#key-1"), iss, keyA),
        "CLAIMS_MISMATCH", Map.of("description", "iss names issuer B, issuer.id is A"));
    ObjectNode sub = payload(credential).put("sub", "did:example:someone-else");
    vector("015-sub-mismatch", "input.jwt", signRaw(header("EdDSA", DID_A + "#key-1"), sub, keyA),
        "CLAIMS_MISMATCH", Map.of("description", "sub differs from credentialSubject.id"));
    ObjectNode jti = payload(credential).put("jti", "urn:uuid:00000000-0000-4000-8000-000000000000");
    vector("016-jti-mismatch", "input.jwt", signRaw(header("EdDSA", DID_A + "#key-1"), jti, keyA),
        "CLAIMS_MISMATCH", Map.of("description", "jti differs from the credential id"));
  }

  private void parserAttacks() {
    String payload = Json.write(payload(credential(DID_A)));
    String duplicated = "{\"iss\":\"" + DID_B + "\"," + payload.substring(1);
    vector("017-duplicate-keys-payload", "input.jwt",
        signText("{\"alg\":\"EdDSA\",\"kid\":\"" + DID_A + "#key-1\"}", duplicated,
            keyA), "MALFORMED_INPUT",
        Map.of("description", "payload with iss twice: parsers disagree on which one wins"));
    vector("018-duplicate-keys-header", "input.jwt",
        signText("{\"alg\":\"EdDSA\",\"kid\":\"" + DID_A + "#key-1\",\"kid\":\""
            + DID_B + "#key-1\"}", payload, keyA), "MALFORMED_INPUT",
        Map.of("description", "header with kid twice"));
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String nested = payload.substring(0, payload.length() - 1) + ",\"deep\":" + deep + "}";
    vector("019-deep-nesting", "input.jwt",
        signText("{\"alg\":\"EdDSA\",\"kid\":\"" + DID_A + "#key-1\"}", nested, keyA),
        "MALFORMED_INPUT", Map.of("description", "5,000 nested arrays in the payload"));
    String huge = payload.substring(0, payload.length() - 1) + ",\"padding\":\""
        + "A".repeat(780_000) + "\"}";
    vector("020-huge-payload", "input.jwt",
        signText("{\"alg\":\"EdDSA\",\"kid\":\"" + DID_A + "#key-1\"}", huge, keyA),
        "MALFORMED_INPUT", Map.of("description",
            "a token over 1,000,000 characters (still under the HTTP body limit)"));
  }

  private void statusAttacks() {
    String credential = signA(credential(DID_A));
    vector("021-status-list-gzip-bomb", "input.jwt", credential, "STATUS_LIST_INVALID", Map.of(
        "description", "the status list inflates to 64 MiB of zeros from ~64 KB"));
    write(out.resolve("021-status-list-gzip-bomb/status.jwt"),
        statusList(DID_A, keyA, DID_A + "#key-1", gzipBomb(64 * 1024 * 1024)));
    vector("022-status-list-signed-by-other", "input.jwt", credential, "STATUS_LIST_INVALID",
        Map.of("description", "a status list naming issuer A signed with issuer B's key"));
    write(out.resolve("022-status-list-signed-by-other/status.jwt"),
        statusList(DID_A, keyB, DID_A + "#key-1", BitstringStatusList.create(131_072).encode()));
    vector("023-status-list-of-other-issuer", "input.jwt", credential,
        "STATUS_LIST_ISSUER_MISMATCH", Map.of("description",
            "issuer A's status URL serves a list issued and signed by trusted issuer B"));
    write(out.resolve("023-status-list-of-other-issuer/status.jwt"),
        statusList(DID_B, keyB, DID_B + "#key-1", BitstringStatusList.create(131_072).encode()));
  }

  /**
   * The attacker holds issuer A's old key-2, which A declared compromised from 2025-06-01, and
   * serves a "nothing revoked" list signed with it, back-dated to before the compromise.
   */
  private void compromisedKeyStatusList() {
    String credential = signA(credential(DID_A));
    String name = "037-status-list-signed-by-compromised-key";
    JWK stolen = new OctetKeyPair.Builder(attacker.toOctetKeyPair()).keyID("key-2").build();
    vector(name, "input.jwt", credential, "STATUS_LIST_INVALID", Map.of("description",
        "issuer A's status list signed with A's compromised key-2, dated before the compromise"));
    write(out.resolve(name + "/did.json"), Json.writePretty(DidDocument.forKeys(DID_A,
        List.of(keyA.toPublicJWK(), stolen.toPublicJWK()),
        Map.of("key-2", Instant.parse("2025-06-01T00:00:00Z"))).toJson()));
    write(out.resolve(name + "/status.jwt"),
        statusList(DID_A, stolen, DID_A + "#key-2", BitstringStatusList.create(131_072).encode()));
  }

  private void trustListAttacks() {
    String credential = signA(credential(DID_A));
    // The replay would reinstate issuer A: the verifier keeps sequence 10 (decision 0030).
    vector("024-trust-list-rollback", "input.jwt", credential, "ISSUER_TRUST_SUSPENDED", Map.of(
        "description", "after sequence 10 (issuer A suspended) was seen, an older list "
            + "(sequence 9, A granted) is served: the verifier keeps sequence 10"));
    write(out.resolve("024-trust-list-rollback/trust-list-seen.jwt"),
        trustList(10, Instant.parse("2036-01-01T00:00:00Z"), List.of(
            new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z")),
            new StatusPeriod(TrustStatus.SUSPENDED, Instant.parse("2026-01-10T00:00:00Z"))),
            List.of()));
    write(out.resolve("024-trust-list-rollback/trust-list.jwt"),
        trustList(9, Instant.parse("2036-01-01T00:00:00Z")));
    vector("025-trust-list-expired", "input.jwt", credential, "TRUST_LIST_INVALID",
        Map.of("description", "a correctly signed trust list whose next update has passed"));
    write(out.resolve("025-trust-list-expired/trust-list.jwt"),
        trustList(11, Instant.parse("2026-01-01T00:00:00Z")));
  }

  private void networkAttacks() {
    direct("026-did-web-loopback-ipv4", "127.0.0.1", "FETCH_BLOCKED");
    direct("027-did-web-private-10", "10.0.0.1", "FETCH_BLOCKED");
    direct("028-did-web-localhost", "localhost", "FETCH_BLOCKED");
    direct("029-did-web-loopback-ipv6", "%5B%3A%3A1%5D", "DID_RESOLUTION_FAILED");
    direct("030-did-web-metadata-link-local", "169.254.169.254", "FETCH_BLOCKED");
    String credential = signA(credential(DID_A));
    redirect("031-redirect-status-to-metadata", credential, STATUS_PATH,
        "http://169.254.169.254/latest/meta-data/", "FETCH_BLOCKED");
    redirect("032-redirect-did-to-ipv6-loopback", credential, "/.well-known/did.json",
        "http://[::1]/.well-known/did.json", "FETCH_BLOCKED");
    redirect("033-redirect-status-to-loopback", credential, STATUS_PATH,
        "http://127.0.0.2/status/1", "FETCH_BLOCKED");
    slow("034-slow-status-list", credential, STATUS_PATH, "STATUS_LIST_UNAVAILABLE");
    slow("035-slow-did-document", credential, "/.well-known/did.json", "DID_RESOLUTION_FAILED");
  }

  /**
   * Credentials that would make the verifier work for a long time: out-of-range ports (once an
   * HTTP 500), thousands of status entries, too many lists, status lists of an untrusted issuer.
   */
  private void costAttacks() {
    for (String port : List.of("99999", "65536")) {
      String name = port.equals("99999") ? "038-status-url-port-99999" : "039-status-url-port-65536";
      ObjectNode credential = Fixture.credential(DID_A, "https://" + HOST_A + ":" + port
          + STATUS_PATH);
      vector(name, "input.jwt", signA(credential), "FETCH_BLOCKED", Map.of("description",
          "the status list URL has port " + port + ": refused by the fetch rules, never a 500"));
    }
    String didPort = "did:web:" + HOST_A + "%3A65536";
    vector("040-did-web-port-65536", "input.jwt", signRaw(header("EdDSA", didPort + "#key-1"),
        payload(credential(didPort)), keyA), "DID_RESOLUTION_FAILED", Map.of("description",
            "a did:web with port 65536: not a well-formed did:web, nothing fetched"));
    ObjectNode many = credential(DID_A);
    ArrayNode entries = many.putArray("credentialStatus");
    for (int i = 0; i < 1000; i++) {
      entries.addObject().put("type", "BitstringStatusListEntry")
          .put("statusPurpose", "revocation").put("statusListIndex", String.valueOf(i))
          .put("statusListCredential", STATUS_URL_A);
    }
    vector("041-status-entries-thousand", "input.jwt", signA(many), "STATUS_LIMIT_EXCEEDED",
        Map.of("description", "1,000 credentialStatus entries: refused before any fetch",
            "maxMillis", 5_000,
            "shares", Map.of("status", 400, "code", "CREDENTIAL_TOO_LARGE")));
    ObjectNode lists = credential(DID_A);
    ArrayNode five = lists.putArray("credentialStatus");
    for (int i = 1; i <= 5; i++) {
      five.addObject().put("type", "BitstringStatusListEntry")
          .put("statusPurpose", "revocation").put("statusListIndex", "1")
          .put("statusListCredential", "https://" + HOST_A + "/status/" + i);
    }
    vector("042-status-lists-five", "input.jwt", signA(lists), "STATUS_LIMIT_EXCEEDED",
        Map.of("description", "five distinct status lists, one more than the verifier fetches"));
    // A self-made did:jwk issuer: its status list (on a host outside the suite) is never fetched.
    String didJwk = DidJwk.encode(attacker.toPublicJWK());
    ObjectNode untrusted = Fixture.credential(didJwk, "https://evil.attack.test/status/1");
    vector("043-untrusted-issuer-status-not-fetched", "input.jwt",
        CredentialJwt.sign(untrusted, JwsSigners.forKey(attacker), JwsAlgorithm.EdDSA,
            didJwk + "#0"), "ISSUER_NOT_TRUSTED", Map.of("description",
            "a did:jwk issuer not on the trust list: its status list is not fetched"));
  }

  /** Issuer A's list (nothing revoked), correctly signed, outside its own validity period. */
  private void statusPeriodAttacks() {
    String credential = signA(credential(DID_A));
    String expired = "044-status-list-expired-exp";
    vector(expired, "input.jwt", credential, "STATUS_LIST_UNAVAILABLE", Map.of("description",
        "issuer A's list says nothing is revoked, but its JWT exp has passed"));
    ObjectNode old = statusListPayload(Instant.parse("2025-01-01T00:00:00Z"));
    old.put("exp", Instant.parse("2025-12-31T00:00:00Z").getEpochSecond());
    write(out.resolve(expired + "/status.jwt"), signRaw(header("EdDSA", DID_A + "#key-1"), old,
        keyA));
    String future = "045-status-list-not-yet-valid";
    vector(future, "input.jwt", credential, "STATUS_LIST_UNAVAILABLE", Map.of("description",
        "issuer A's list is valid only from next month (validFrom and nbf)"));
    write(out.resolve(future + "/status.jwt"), signRaw(header("EdDSA", DID_A + "#key-1"),
        statusListPayload(Instant.parse("2026-02-15T00:00:00Z")), keyA));
  }

  /** The JWT payload of issuer A's empty revocation list, valid from {@code validFrom}. */
  private static ObjectNode statusListPayload(Instant validFrom) {
    StatusListCredentialView view = new StatusListCredentialView(STATUS_URL_A, DID_A,
        StatusPurpose.REVOCATION, BitstringStatusList.create(131_072).encode(),
        Optional.of(300_000L), validFrom, Optional.empty());
    ObjectNode payload = StatusListCredentials.toJson(view);
    payload.put("iss", DID_A).put("jti", STATUS_URL_A).put("nbf", validFrom.getEpochSecond());
    return payload;
  }

  private void direct(String name, String host, String code) {
    String did = "did:web:" + host;
    ObjectNode credential = credential(did);
    vector(name, "input.jwt", signRaw(header("EdDSA", did + "#key-1"), payload(credential), keyA),
        code, Map.of("description", "did:web at " + host + ", real fetcher, development switch off",
            "network", "direct"));
  }

  private void redirect(String name, String credential, String path, String location,
      String code) {
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("description", "issuer A answers " + path + " with a redirect to " + location);
    setup.put("redirect", Map.of("path", path, "location", location));
    vector(name, "input.jwt", credential, code, setup);
  }

  private void slow(String name, String credential, String path, String code) {
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("description", "issuer A dribbles " + path + " one byte at a time");
    setup.put("slow", Map.of("path", path));
    setup.put("maxMillis", 10_000);
    vector(name, "input.jwt", credential, code, setup);
  }

  // --- building blocks ----------------------------------------------------------------------

  /** The valid template credential, issued by {@code did} with a revocation entry of issuer A. */
  static ObjectNode credential(String did) {
    return Fixture.credential(did, STATUS_URL_A);
  }

  private static ObjectNode withRemoteContext() {
    ObjectNode credential = credential(DID_A);
    ((ArrayNode) credential.get("@context")).add("https://evil.attack.test/context.jsonld");
    return credential;
  }

  /** The OB 3.0 JWT payload: the credential plus iss/sub/jti/nbf/exp. */
  static ObjectNode payload(ObjectNode credential) {
    ObjectNode payload = credential.deepCopy();
    payload.put("iss", credential.get("issuer").get("id").asText());
    payload.put("sub", credential.get("credentialSubject").get("id").asText());
    payload.put("jti", credential.get("id").asText());
    payload.put("nbf", Instant.parse(credential.get("validFrom").asText()).getEpochSecond());
    payload.put("exp", Instant.parse(credential.get("validUntil").asText()).getEpochSecond());
    return payload;
  }

  private String signA(ObjectNode credential) {
    return CredentialJwt.sign(credential, JwsSigners.forKey(keyA), JwsAlgorithm.EdDSA,
        DID_A + "#key-1");
  }

  private static ObjectNode header(String alg, String kid) {
    return Json.object().put("alg", alg).put("kid", kid).put("typ", "JWT");
  }

  static String signRaw(ObjectNode header, ObjectNode payload, JWK key) {
    return signText(Json.write(header), Json.write(payload), key);
  }

  /** Signs exactly these header and payload bytes (duplicate keys and all) with Ed25519. */
  private static String signText(String header, String payload, JWK key) {
    String input = b64(header) + "." + b64(payload);
    try {
      Base64URL signature = JwsSigners.forKey(key).sign(new JWSHeader(JWSAlgorithm.EdDSA),
          input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + signature;
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private String hmacWithPublicKey(ObjectNode payload) {
    ObjectNode header = header("HS256", DID_A + "#key-1");
    String input = b64(Json.write(header)) + "." + b64(Json.write(payload));
    byte[] secret = keyA.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8);
    try {
      Base64URL mac = new MACSigner(secret).sign(new JWSHeader(JWSAlgorithm.HS256),
          input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + mac;
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String compact(ObjectNode header, String payload, String signature) {
    return b64(Json.write(header)) + "." + b64(payload) + "." + signature;
  }

  private static String b64(String text) {
    return Base64URL.encode(text.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** {@code size} zero bytes, GZIP-compressed, multibase base64url: a tiny text, a huge list. */
  static String gzipBomb(int size) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[64 * 1024];
      for (int written = 0; written < size; written += zeros.length) {
        gzip.write(zeros);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
  }

  void vector(String name, String file, String input, String code, Map<String, ?> setup) {
    Path dir = out.resolve(name);
    write(dir.resolve(file), input);
    write(dir.resolve("expected.json"),
        Json.writePretty(Json.object().put("verified", false).put("code", code)));
    try {
      // Sorted keys: Map.of iterates in a per-JVM order, the files must not change between runs.
      write(dir.resolve("vector.json"), Json.mapper().writer(new DefaultPrettyPrinter())
          .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(setup));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JWK readKey(Path keys, String name) {
    try {
      return JWK.parse(Files.readString(keys.resolve(name + ".jwk"), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("unreadable test key " + name, e);
    }
  }

  private static void write(Path path, String content) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, content.endsWith("\n") || !path.toString().endsWith(".json")
          ? content : content + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
