package org.tessera.issuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.tessera.issuer.config.InstitutionConfig;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;

/** Shared fixtures of the issuer's HTTP tests: config, keys, requests. */
final class TestIssuer {

  static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String TOKEN = "test-admin-token-0123456789abcdef";
  static final String BASE = "https://issuer.example.edu";
  static final String DID = "did:web:issuer.example.edu";
  private static final MediaType JSON = MediaType.get("application/json");

  private TestIssuer() {}

  /** As {@link #config(Path, String)} over a SQLite file in {@code dir}. */
  static IssuerConfig config(Path dir) {
    return config(dir, "jdbc:sqlite:" + dir.resolve("issuer.db"));
  }

  /** A production-mode config over {@code jdbcUrl} and one generated ES256 key in {@code dir}. */
  static IssuerConfig config(Path dir, String jdbcUrl) {
    Path keys = dir.resolve("keys");
    if (!Files.isDirectory(keys)) {
      writeKey(keys, JwsAlgorithm.ES256, "es256-1");
    }
    return new IssuerConfig(0, URI.create(BASE), jdbcUrl,
        keys, Optional.empty(), TOKEN, false, Duration.ofMinutes(5), "Test University", "BE",
        Optional.of(URI.create("https://www.example.edu")));
  }

  /** A further institution {@code id} with one generated ES256 key of its own. */
  static InstitutionConfig institution(Path dir, String id) {
    Path keys = dir.resolve("keys-" + id);
    writeKey(keys, JwsAlgorithm.ES256, id + "-es256");
    return new InstitutionConfig(id, "University " + id, "NL",
        Optional.of(URI.create("https://" + id + ".example.edu")), keys, Optional.empty());
  }

  static JWK writeKey(Path dir, JwsAlgorithm alg, String kid) {
    JWK jwk = JwkGenerator.generate(alg, kid);
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(kid + ".jwk"), jwk.toJSONString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jwk;
  }

  static Response post(HttpClient client, String path, String json) {
    return client.request(path, b -> b.post(RequestBody.create(json, JSON))
        .header("Authorization", "Bearer " + TOKEN));
  }

  static Response postWithoutAuth(HttpClient client, String path, String json) {
    return client.request(path, b -> b.post(RequestBody.create(json, JSON)));
  }

  static Response get(HttpClient client, String path) {
    return client.request(path, b -> b.get().header("Authorization", "Bearer " + TOKEN));
  }

  static String text(Response response) {
    try (ResponseBody body = response.body()) {
      return body == null ? "" : body.string();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(Response response) {
    return Json.parseUntrusted(text(response)).orElseThrow();
  }

  /** A CMF-conformant definition (5 ECTS, 125 h, EQF 6, summative, supervised). */
  static String achievement(boolean suspension) {
    return """
        {
          "name": "Data Stewardship for Researchers",
          "description": "Plan, document and share research data according to FAIR principles.",
          "criteria": "Pass the supervised written exam and submit a data management plan.",
          "creditsAvailable": 5,
          "eqfLevel": 6,
          "hours": 125,
          "learningOutcomes": [
            {"title": "Write a data management plan",
             "relatedESCOSkill": ["http://data.europa.eu/esco/skill/0e6e0d5c-2a3b-4f6f-9b0c-1a2b3c4d5e6f"]},
            {"title": "Apply FAIR principles to a data set"}
          ],
          "assessment": {"methods": ["written exam", "project"], "summative": true},
          "participationForm": "blended",
          "qualityAssurance": {"qaType": "internal-and-external",
                               "description": "Accredited programme, external examiner"},
          "identityVerification": "supervised-onsite",
          "inLanguage": "en",
          "fieldOfStudy": "Information management",
          "suspension": %s
        }
        """.formatted(suspension);
  }

  static String issueRequest(String achievementId) {
    return """
        {"achievementId": "%s",
         "learner": {"name": "Ada Lovelace", "email": "ada@example.org"}}
        """.formatted(achievementId);
  }

  /** Defines the test achievement and awards it to Ada; the 201 answer (with its claim). */
  static JsonNode issueAwarded(HttpClient client) {
    return issueAwarded(client, TestIssuer::issueRequest);
  }

  /** Defines the test achievement and awards it with {@code request(achievementId)}. */
  static JsonNode issueAwarded(HttpClient client,
      java.util.function.Function<String, String> request) {
    String achievementId = json(post(client, "/api/achievements", achievement(false)))
        .get("id").asText();
    Response response = post(client, "/api/credentials", request.apply(achievementId));
    org.assertj.core.api.Assertions.assertThat(response.code()).isEqualTo(201);
    return json(response);
  }

  /** The path (under the base URL) of an issue answer's claim link. */
  static String claimPath(JsonNode issued) {
    return issued.get("claim").get("url").asText().substring(BASE.length());
  }

  /** The whole body of a response, closed. */
  static byte[] bytes(Response response) {
    try (okhttp3.ResponseBody body = response.body()) {
      return body.bytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
