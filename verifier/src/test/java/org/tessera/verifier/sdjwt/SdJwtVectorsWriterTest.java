package org.tessera.verifier.sdjwt;

import static org.tessera.verifier.testkit.SdJwtVectors.AUDIENCE;
import static org.tessera.verifier.testkit.SdJwtVectors.NONCE;
import static org.tessera.verifier.testkit.SdJwtVectors.disclosure;
import static org.tessera.verifier.testkit.SdJwtVectors.disclosures;
import static org.tessera.verifier.testkit.SdJwtVectors.encode;
import static org.tessera.verifier.testkit.SdJwtVectors.jwt;
import static org.tessera.verifier.testkit.SdJwtVectors.keyBinding;
import static org.tessera.verifier.testkit.SdJwtVectors.present;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.SdJwtVectors;

/**
 * Writes the derived SD-JWT vectors (presentations and refusals) next to the issued ones, from
 * the genuine vector and the holder's test key. Tokens Tessera's issuer would never sign are
 * re-signed with a fresh test key that the vector's {@code site.json} adds to the issuer's
 * metadata. Run with
 * {@code -Dtessera.sdJwtDerivedVectors=$PWD/verifier/src/test/resources/vectors/sdjwt}.
 */
@EnabledIfSystemProperty(named = "tessera.sdJwtDerivedVectors", matches = ".+")
class SdJwtVectorsWriterTest {

  private final Path root = Path.of(System.getProperty("tessera.sdJwtDerivedVectors"));
  private final String genuine = SdJwtVectors.genuine();
  private final String jwt = jwt(genuine);
  private final JWK holder = SdJwtVectors.holderKey();

  @Test
  void write() {
    List<String> selection = List.of(disclosure(genuine, "ects_credits"),
        disclosure(genuine, "eqf_level"));
    String selective = present(jwt, selection);
    write("valid/002-selective-with-key-binding",
        selective + keyBinding(selective, holder, NONCE, AUDIENCE),
        expected(true, null).put("nonce", NONCE).put("audience", AUDIENCE)
            .set("disclosed", Json.mapper().valueToTree(List.of("ects_credits", "eqf_level"))),
        null);

    String ects = disclosure(genuine, "ects_credits");
    write("invalid/002-disclosure-tampered", replace(genuine, ects, tamper(ects)),
        expected(false, "DISCLOSURE_TAMPERED"), null);
    String forged = encode("[\"c2FsdA\",\"ects_credits\",60]");
    write("invalid/003-disclosure-not-in-token", replace(genuine, ects, forged),
        expected(false, "DISCLOSURE_NOT_IN_TOKEN"), null);
    write("invalid/004-disclosure-presented-twice", genuine + ects + "~",
        expected(false, "DISCLOSURE_DUPLICATE"), null);

    String wrongNonce = present(jwt, selection);
    write("invalid/005-kb-wrong-nonce", wrongNonce
        + keyBinding(wrongNonce, holder, "another-nonce", AUDIENCE),
        expected(false, "NONCE_MISMATCH").put("nonce", NONCE).put("audience", AUDIENCE), null);
    write("invalid/006-kb-wrong-audience", wrongNonce
        + keyBinding(wrongNonce, holder, NONCE, "https://another.example"),
        expected(false, "AUDIENCE_MISMATCH").put("nonce", NONCE).put("audience", AUDIENCE),
        null);
    JWK other = JwkGenerator.generate(JwsAlgorithm.ES256, "other-wallet");
    write("invalid/007-kb-other-key", wrongNonce + keyBinding(wrongNonce, other, NONCE, AUDIENCE),
        expected(false, "KB_JWT_SIGNATURE_INVALID").put("nonce", NONCE).put("audience", AUDIENCE),
        null);
    String forOthers = present(jwt, List.of(ects));
    write("invalid/008-kb-sd-hash-mismatch",
        wrongNonce + keyBinding(forOthers, holder, NONCE, AUDIENCE),
        expected(false, "KB_JWT_SD_HASH_MISMATCH"), null);
    write("invalid/009-kb-alg-none", wrongNonce + unsigned("kb+jwt", kbClaims(wrongNonce)),
        expected(false, "ALG_NOT_ALLOWED"), null);
    write("invalid/010-kb-missing", wrongNonce,
        expected(false, "KB_JWT_MISSING").put("nonce", NONCE).put("audience", AUDIENCE), null);

    write("invalid/011-issuer-alg-none", unsigned("dc+sd-jwt", SdJwtVectors.payload(jwt))
        + "~" + String.join("~", disclosures(genuine)) + "~",
        expected(false, "ALG_NOT_ALLOWED"), null);
    ObjectNode changed = SdJwtVectors.payload(jwt);
    changed.put("achievement_title", "Brain Surgery");
    String[] segments = jwt.split("\\.");
    write("invalid/012-signature-tampered", segments[0] + "." + encode(Json.write(changed)) + "."
        + segments[2] + genuine.substring(jwt.length()),
        expected(false, "SIGNATURE_INVALID"), null);

    JWK resigner = JwkGenerator.generate(JwsAlgorithm.ES256,
        SdJwtVectors.ISSUER_DID + "#test-resigned");
    ObjectNode site = resignedSite(resigner);
    ObjectNode twice = SdJwtVectors.payload(jwt);
    ArrayNode sd = (ArrayNode) twice.get("_sd");
    sd.add(sd.get(0).asText());
    write("invalid/013-digest-duplicated", resign(twice, resigner, "dc+sd-jwt")
        + genuine.substring(jwt.length()), expected(false, "DISCLOSURE_DUPLICATE"), site);
    ObjectNode collision = SdJwtVectors.payload(jwt);
    collision.put("eqf_level", 8);
    write("invalid/014-claim-name-collision", resign(collision, resigner, "dc+sd-jwt")
        + genuine.substring(jwt.length()), expected(false, "DISCLOSURE_CLAIM_CONFLICT"), site);
    ObjectNode sha512 = SdJwtVectors.payload(jwt);
    sha512.put("_sd_alg", "sha-512");
    write("invalid/015-sd-alg-sha-512", resign(sha512, resigner, "dc+sd-jwt")
        + genuine.substring(jwt.length()), expected(false, "SD_ALG_NOT_ALLOWED"), site);
    ObjectNode noVct = SdJwtVectors.payload(jwt);
    noVct.remove("vct");
    write("invalid/016-vct-missing", resign(noVct, resigner, "dc+sd-jwt")
        + genuine.substring(jwt.length()), expected(false, "SD_JWT_CLAIMS_INVALID"), site);

    String stranger = "https://diploma-mill.example.org";
    JWK strangerKey = JwkGenerator.generate(JwsAlgorithm.ES256, stranger + "#1");
    ObjectNode untrusted = SdJwtVectors.payload(jwt);
    untrusted.put("iss", stranger);
    ObjectNode strangerSite = Json.object();
    ObjectNode meta = strangerSite.putObject(stranger + "/.well-known/jwt-vc-issuer");
    meta.put("issuer", stranger);
    meta.putObject("jwks").putArray("keys")
        .add(Json.mapper().valueToTree(strangerKey.toPublicJWK().toJSONObject()));
    write("invalid/017-untrusted-issuer", resign(untrusted, strangerKey, "dc+sd-jwt")
        + genuine.substring(jwt.length()), expected(false, "ISSUER_NOT_TRUSTED"), strangerSite);
  }

  /** Alters the encoded value so it no longer decodes to a JSON array. */
  private static String tamper(String disclosure) {
    String json = SdJwtVectors.decode(disclosure).toString();
    return encode(json.substring(0, json.length() - 1).replace(",5", ",50"));
  }

  private static String replace(String sdJwt, String disclosure, String with) {
    return sdJwt.replace("~" + disclosure + "~", "~" + with + "~");
  }

  private ObjectNode kbClaims(String presented) {
    ObjectNode claims = Json.object();
    claims.put("iat", SdJwtVectors.AT.getEpochSecond());
    claims.put("nonce", NONCE);
    claims.put("aud", AUDIENCE);
    claims.put("sd_hash", SdJwtVectors.sdHash(presented));
    return claims;
  }

  /** An {@code alg: none} JWS: header and payload, an empty signature. */
  private static String unsigned(String typ, ObjectNode payload) {
    ObjectNode header = Json.object().put("alg", "none").put("typ", typ);
    return encode(Json.write(header)) + "." + encode(Json.write(payload)) + ".";
  }

  private static String resign(ObjectNode payload, JWK key, String typ) {
    JWSHeader header = new JWSHeader.Builder(JwsAlgorithm.ES256.nimbus())
        .type(new JOSEObjectType(typ)).keyID(key.getKeyID()).build();
    return Fixture.signRaw(header, payload, JwsSigners.forKey(key));
  }

  /** The issuer's metadata with the re-signing test key added beside its own. */
  private ObjectNode resignedSite(JWK key) {
    ObjectNode meta = (ObjectNode) Json.parseUntrusted(
        SdJwtVectors.read(SdJwtVectors.root().resolve("issuer/jwt-vc-issuer.json"))).orElseThrow();
    ((ArrayNode) meta.path("jwks").path("keys"))
        .add(Json.mapper().valueToTree(key.toPublicJWK().toJSONObject()));
    ObjectNode site = Json.object();
    site.set(SdJwtVectors.METADATA_URL, meta);
    return site;
  }

  private static ObjectNode expected(boolean verified, String code) {
    ObjectNode expected = Json.object().put("verified", verified);
    if (code != null) {
      expected.put("code", code);
    }
    return expected;
  }

  private void write(String name, String input, ObjectNode expected, ObjectNode site) {
    try {
      Path dir = Files.createDirectories(root.resolve(name));
      Files.writeString(dir.resolve("credential.sd-jwt"), input + "\n", StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("expected.json"), Json.writePretty(expected) + "\n",
          StandardCharsets.UTF_8);
      if (site != null) {
        Files.writeString(dir.resolve("site.json"), Json.writePretty(site) + "\n",
            StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
