package org.tessera.verifier.testkit;

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
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.did.DidKey;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;

/**
 * Presentations as wallets make them: the payloads of the three shapes (a VP JWT with a
 * {@code vp} claim, a VCDM 2.0 {@code vp+jwt}, its envelope) and signing with a holder key.
 */
public final class Presentations {

  public static final Path KEYS_SAMPLE = Path.of("..", "keys-sample");

  private Presentations() {}

  /** A keys-sample key (private), e.g. {@code wallet/learner.jwk}. */
  public static JWK sampleKey(String relativePath) {
    try {
      return JWK.parse(Files.readString(KEYS_SAMPLE.resolve(relativePath),
          StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A holder: its DID (did:key or did:jwk of the key) and the kid naming that key. */
  public record Holder(JWK key, String did, String kid) {

    public static Holder didKey(JWK key) {
      String did = DidKey.encode(key.toPublicJWK());
      return new Holder(key, did, did + "#" + did.substring("did:key:".length()));
    }

    public static Holder didJwk(JWK key) {
      String did = DidJwk.encode(key.toPublicJWK());
      return new Holder(key, did, did + "#0");
    }
  }

  /** OpenID4VP {@code jwt_vc_json}: {@code iss}, {@code aud}, {@code nonce}, {@code iat}, vp. */
  public static ObjectNode vpClaimPayload(String holder, List<String> credentials, String nonce,
      String audience, Instant iat) {
    ObjectNode payload = Json.object().put("iss", holder).put("aud", audience)
        .put("nonce", nonce).put("iat", iat.getEpochSecond())
        .put("jti", "urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5");
    ObjectNode vp = payload.putObject("vp");
    vp.putArray("@context").add("https://www.w3.org/2018/credentials/v1");
    vp.putArray("type").add("VerifiablePresentation");
    ArrayNode list = vp.putArray("verifiableCredential");
    credentials.forEach(list::add);
    return payload;
  }

  /** VC-JOSE-COSE: the VCDM 2.0 presentation is the payload, credentials enveloped. */
  public static ObjectNode vcdm2Payload(String holder, List<String> credentials, String nonce,
      String audience, Instant iat) {
    ObjectNode payload = Json.object();
    payload.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
    payload.put("type", "VerifiablePresentation").put("holder", holder)
        .put("aud", audience).put("nonce", nonce).put("iat", iat.getEpochSecond());
    ArrayNode list = payload.putArray("verifiableCredential");
    for (String jwt : credentials) {
      ObjectNode envelope = list.addObject();
      envelope.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
      envelope.put("type", "EnvelopedVerifiableCredential")
          .put("id", "data:application/vc+jwt," + jwt);
    }
    return payload;
  }

  /** Signs {@code payload} with the holder's key, header alg/kid and optional typ and cty. */
  public static String sign(ObjectNode payload, JWK key, String kid, Optional<String> typ,
      Optional<String> cty) {
    JWSHeader.Builder header = new JWSHeader.Builder(JwsAlgorithm.forKey(key).nimbus())
        .keyID(kid);
    typ.ifPresent(t -> header.type(new JOSEObjectType(t)));
    cty.ifPresent(header::contentType);
    return Fixture.signRaw(header.build(), payload, JwsSigners.forKey(key));
  }

  /** A {@code vp} claim JWT signed by the holder (typ JWT). */
  public static String vpJwt(Holder holder, List<String> credentials, String nonce,
      String audience, Instant iat) {
    return sign(vpClaimPayload(holder.did(), credentials, nonce, audience, iat), holder.key(),
        holder.kid(), Optional.of("JWT"), Optional.empty());
  }

  /** A VCDM 2.0 {@code vp+jwt} ({@code cty: vp}) signed by the holder. */
  public static String vpJoseCose(Holder holder, List<String> credentials, String nonce,
      String audience, Instant iat) {
    return sign(vcdm2Payload(holder.did(), credentials, nonce, audience, iat), holder.key(),
        holder.kid(), Optional.of("vp+jwt"), Optional.of("vp"));
  }

  /** An {@code EnvelopedVerifiablePresentation} around a compact presentation. */
  public static String enveloped(String compact) {
    ObjectNode envelope = Json.object();
    envelope.putArray("@context").add("https://www.w3.org/ns/credentials/v2");
    envelope.put("type", "EnvelopedVerifiablePresentation")
        .put("id", "data:application/vp+jwt," + compact);
    return Json.write(envelope);
  }
}
