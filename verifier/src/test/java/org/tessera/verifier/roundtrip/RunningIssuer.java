package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.tessera.issuer.IssuerApp;
import org.tessera.issuer.IssuerSettings;
import org.tessera.issuer.config.InstitutionConfig;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.shared.did.DidWeb;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.testkit.Fixture;

/**
 * The real issuer started in-process for round trips: a free port, a temp SQLite file, its own
 * ES256 keys, optionally further institutions (one ES256 key {@code <id>-es256} each), and a
 * trust list (from a {@link Fixture}) that lists the default institution as GRANTED. Register it
 * as a static {@code @RegisterExtension} field: it starts before {@code @BeforeAll} and stops
 * after the class.
 */
final class RunningIssuer implements BeforeAllCallback, AfterAllCallback {

  static final String TOKEN = "round-trip-admin-token-0123456789";
  static final String NAME = "Round Trip University";
  private static final String ACHIEVEMENT = """
      {"name": "Data Stewardship for Researchers",
       "description": "Plan, document and share research data according to FAIR principles.",
       "criteria": "Pass the supervised written exam and submit a data management plan.",
       "creditsAvailable": 5, "eqfLevel": 6, "hours": 125,
       "learningOutcomes": [{"title": "Write a data management plan"},
                            {"title": "Apply FAIR principles to a data set"}],
       "assessment": {"methods": ["written exam", "project"], "summative": true},
       "participationForm": "blended",
       "qualityAssurance": {"qaType": "internal-and-external", "description": "Accredited"},
       "identityVerification": "supervised-onsite",
       "inLanguage": "en", "suspension": %s}
      """;

  private final Clock clock;
  private final List<String> kids;
  private final Map<String, String> institutions;
  private final HttpClient http = HttpClient.newHttpClient();
  private Path dir;
  private IssuerApp app;
  private String base;
  private Fixture trust;

  /** One key ({@code es256-1}) and the system clock. */
  RunningIssuer() {
    this(Clock.systemUTC(), List.of("es256-1"));
  }

  /** One ES256 key per kid; the first signs until another is activated. */
  RunningIssuer(Clock clock, List<String> kids) {
    this(clock, kids, Map.of());
  }

  /** Key {@code es256-1}, the system clock, and further institutions (id → display name). */
  RunningIssuer(Map<String, String> institutions) {
    this(Clock.systemUTC(), List.of("es256-1"), institutions);
  }

  private RunningIssuer(Clock clock, List<String> kids, Map<String, String> institutions) {
    this.clock = clock;
    this.kids = List.copyOf(kids);
    this.institutions = Map.copyOf(institutions);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("tessera-round-trip");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    base = "http://localhost:" + port;
    Path keys = writeKeys("keys", kids);
    List<InstitutionConfig> more = new ArrayList<>();
    for (Map.Entry<String, String> inst : institutions.entrySet()) {
      String id = inst.getKey();
      more.add(new InstitutionConfig(id, inst.getValue(), "DE", Optional.empty(),
          writeKeys("keys-" + id, List.of(id + "-es256")), Optional.empty()));
    }
    IssuerConfig config = new IssuerConfig(port, URI.create(base),
        "jdbc:sqlite:" + dir.resolve("issuer.db"), keys, Optional.of(kids.get(0)), TOKEN,
        false, Duration.ofMinutes(5), NAME, "NL", Optional.empty()).withInstitutions(more);
    app = IssuerApp.create(IssuerSettings.of(config), clock).start();
    trust = new Fixture();
    trust.writeTrustList(trust.trustList(List.of(granted(app.identity().did(), NAME, "NL"))));
  }

  private Path writeKeys(String folder, List<String> keyIds) throws IOException {
    Path keys = Files.createDirectories(dir.resolve(folder));
    for (String kid : keyIds) {
      Files.writeString(keys.resolve(kid + ".jwk"),
          JwkGenerator.generate(JwsAlgorithm.ES256, kid).toJSONString());
    }
    return keys;
  }

  /** A trust-list entry: {@code did} accredited for EU-CMF, EQF 5-8, GRANTED since 2025. */
  static TrustedIssuer granted(String did, String name, String country) {
    return new TrustedIssuer(did, name, country,
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of(), Fixture.scope(5, 8));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    app.stop();
    trust.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** A scratch folder that lives as long as the issuer. */
  Path dir() {
    return dir;
  }

  /** The issuer's base URL, without a trailing slash. */
  String base() {
    return base;
  }

  /** The default institution's did:web. */
  String did() {
    return app.identity().did();
  }

  /**
   * A further institution's did:web, derived as a verifier would from its address
   * {@code <base>/institutions/<id>}.
   */
  String institutionDid(String id) {
    return DidWeb.fromBaseUrl(URI.create(base + "/institutions/" + id));
  }

  /** The private JWK of a default-institution key, as written to its keys folder. */
  JWK defaultKey(String kid) {
    try {
      return JWK.parse(Files.readString(dir.resolve("keys").resolve(kid + ".jwk")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The verifier side: trust anchor and trust list that grant the default institution. */
  Fixture trust() {
    return trust;
  }

  /** The sample achievement definition; {@code suspension} lets it be suspended later. */
  static String achievementJson(boolean suspension) {
    return String.format(ACHIEVEMENT, suspension);
  }

  /** Creates the sample achievement; returns its id. */
  String createAchievement(boolean suspension) {
    return createAchievement("", suspension);
  }

  /** Creates the sample achievement under an address prefix ({@code /institutions/<id>}). */
  String createAchievement(String prefix, boolean suspension) {
    return post(prefix + "/api/achievements", achievementJson(suspension)).get("id").asText();
  }

  /** Issues the achievement to Ada; returns the issuer's answer. */
  JsonNode issue(String achievementId) {
    return issue("", achievementId);
  }

  /** Issues an achievement of the institution at {@code prefix} to Ada. */
  JsonNode issue(String prefix, String achievementId) {
    return post(prefix + "/api/credentials", "{\"achievementId\": \"" + achievementId
        + "\", \"learner\": {\"name\": \"Ada Lovelace\", \"email\": \"ada@example.org\"}}");
  }

  /** A request builder for a path on the issuer. */
  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path));
  }

  /** An admin POST of JSON; asserts a 2xx and returns the JSON answer. */
  JsonNode post(String path, String body) {
    return json(request(path)
        .header("Authorization", "Bearer " + TOKEN)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A GET without credentials; returns the body whatever the status. */
  String get(String path) {
    return send(request(path).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Sends the request; asserts a 2xx and returns the JSON answer. */
  JsonNode json(HttpRequest.Builder request) {
    HttpResponse<String> response = send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.uri() + ": " + response.body())
        .isBetween(200, 299);
    return Json.parseUntrusted(response.body()).orElseThrow();
  }

  <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request, handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A fresh verifier each time, so no status list is served from a cache. */
  VerificationReport verify(String jwt) {
    return verify(jwt, trust);
  }

  /** Like {@link #verify(String)}, trusting the trust list of {@code trustList} instead. */
  static VerificationReport verify(String jwt, Fixture trustList) {
    return Verifier.create(trustList.config(), Clock.systemUTC(), PinnedSafeFetcher.create(true))
        .verify(jwt);
  }
}
