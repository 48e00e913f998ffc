package org.tessera.verifier.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import io.javalin.Javalin;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.http.VerifierApp;

/**
 * The SD-JWT VC vectors of {@code vectors/sdjwt} (issued by Tessera's issuer, see its README) and
 * what verifying them needs: their time, the issuer's documents served from files, a trust list
 * naming the issuer by its did:web (decision 0059), and the holder's test key to present with.
 */
public final class SdJwtVectors {

  public static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
  public static final String ISSUER = "https://issuer.example.edu";
  public static final String ISSUER_DID = "did:web:issuer.example.edu";
  public static final String METADATA_URL = ISSUER + "/.well-known/jwt-vc-issuer";
  public static final String NONCE = "n-0S6_WzA2Mj";
  public static final String AUDIENCE = "https://verifier.example";

  private SdJwtVectors() {}

  public static Path root() {
    return VectorFiles.root("sdjwt");
  }

  public static Clock clock() {
    return Clock.fixed(AT, ZoneOffset.UTC);
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The genuine credential as issued (every disclosure, no KB-JWT). */
  public static String genuine() {
    return read(root().resolve("valid/001-genuine/credential.sd-jwt"));
  }

  public static JWK holderKey() {
    try {
      return JWK.parse(read(root().resolve("valid/001-genuine/holder.jwk")));
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A verifier at the vectors' time, trusting the issuer's did:web, fetching from {@code site}. */
  public static Verifier verifier(Fixture fixture, Site site) {
    fixture.writeTrustList(fixture.trustList(List.of(new TrustedIssuer(ISSUER_DID,
        "Test University", "BE",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2000-01-01T00:00:00Z"))),
        List.of(), new AccreditationScope(List.of("EU-CMF"), AccreditationScope.EQF_MIN,
            AccreditationScope.EQF_MAX, List.of(), Optional.empty())))));
    return Verifier.create(fixture.config(), clock(), site);
  }

  /** The real verifier app over {@link #verifier}, at the vectors' time; close after each test. */
  public static final class Served implements AutoCloseable {

    private final Fixture fixture = new Fixture();
    private final Site site = new Site();

    public Javalin app() {
      return VerifierApp.create(verifier(fixture, site),
          VerifierConfig.DEFAULT_MAX_REQUEST_BYTES, clock());
    }

    @Override
    public void close() {
      fixture.close();
    }
  }

  /** A fetcher answering from a URL → body map (the vectors' {@code resources.json} first). */
  public static final class Site implements SafeFetcher {
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> fetches = new ConcurrentHashMap<>();

    public Site() {
      reset();
    }

    /** Back to the vectors' own documents. */
    public void reset() {
      bodies.clear();
      JsonNode resources = VectorFiles.json(root().resolve("resources.json"));
      for (Map.Entry<String, JsonNode> entry : resources.properties()) {
        bodies.put(entry.getKey(), read(root().resolve(entry.getValue().asText())));
      }
    }

    public void serve(String url, String body) {
      bodies.put(url, body);
    }

    public int fetches(String url) {
      return fetches.getOrDefault(url, 0);
    }

    @Override
    public FetchResult fetch(URI url, String accept, int maxBytes) {
      fetches.merge(url.toString(), 1, Integer::sum);
      String body = bodies.get(url.toString());
      if (body == null) {
        return new FetchResult.Failed("404");
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      return bytes.length > maxBytes ? new FetchResult.Failed("too large")
          : new FetchResult.Ok(url, bytes, Map.of());
    }
  }

  // --- presenting -----------------------------------------------------------------------

  /** The issuer-signed JWT of an SD-JWT. */
  public static String jwt(String sdJwt) {
    return sdJwt.substring(0, sdJwt.indexOf('~'));
  }

  /** The disclosures of an SD-JWT, as presented. */
  public static List<String> disclosures(String sdJwt) {
    String[] parts = sdJwt.split("~", -1);
    return List.of(parts).subList(1, parts.length - 1);
  }

  /** The disclosure (base64url) of the claim {@code name}. */
  public static String disclosure(String sdJwt, String name) {
    return disclosures(sdJwt).stream().filter(d -> name.equals(decode(d).get(1).asText()))
        .findFirst().orElseThrow();
  }

  public static JsonNode decode(String disclosure) {
    return Json.parseUntrusted(new String(Base64.getUrlDecoder().decode(disclosure),
        StandardCharsets.UTF_8)).orElseThrow();
  }

  public static String encode(String json) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code <jwt>~<d1>~…~}: the form a KB-JWT's sd_hash covers. */
  public static String present(String jwt, List<String> disclosures) {
    StringBuilder out = new StringBuilder(jwt).append('~');
    disclosures.forEach(d -> out.append(d).append('~'));
    return out.toString();
  }

  /** A KB-JWT over {@code presented} by {@code key}, made at {@link #AT}. */
  public static String keyBinding(String presented, JWK key, String nonce, String audience) {
    ObjectNode claims = Json.object();
    claims.put("iat", AT.getEpochSecond());
    claims.put("nonce", nonce);
    claims.put("aud", audience);
    claims.put("sd_hash", sdHash(presented));
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.ES256)
        .type(new JOSEObjectType("kb+jwt")).build();
    return Fixture.signRaw(header, claims, JwsSigners.forKey(key));
  }

  /** {@code sdJwt} with only the disclosures of {@code claims}, and a KB-JWT by the holder. */
  public static String selective(String sdJwt, List<String> claims, String nonce,
      String audience) {
    String presented = present(jwt(sdJwt), claims.stream().map(c -> disclosure(sdJwt, c))
        .toList());
    return presented + keyBinding(presented, holderKey(), nonce, audience);
  }

  public static String sdHash(String presented) {
    try {
      byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
          .digest(presented.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The payload of a compact JWS. */
  public static ObjectNode payload(String jwt) {
    String part = jwt.split("\\.")[1];
    return Json.parseUntrustedObject(new String(Base64.getUrlDecoder().decode(part),
        StandardCharsets.UTF_8)).orElseThrow();
  }
}
