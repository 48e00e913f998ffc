package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.kit.testkit.DatabaseFixture;
import org.tessera.kit.testkit.DatabaseKind;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusListCredentialView;
import org.tessera.shared.status.StatusListCredentials;

/**
 * Two real issuer processes on one PostgreSQL schema, issuing and revoking concurrently: no
 * status index twice, every credential stored and verifiable, no revocation lost, and both
 * nodes serve the same signed lists.
 */
class MultiNodeIssuanceTest {

  private static final int THREADS_PER_NODE = 4;
  private static final int PER_THREAD = 300;
  private static final int REVOKE_EVERY = 10;

  @TempDir Path dir;
  private DatabaseFixture database;
  private final List<IssuerProcess> nodes = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private JWK key;

  /** What a client saw for one issued credential. */
  private record Issued(String id, String listId, int index) {}

  @BeforeEach
  void startNodes() throws Exception {
    database = DatabaseFixture.create(DatabaseKind.POSTGRESQL, dir);
    key = TestIssuer.writeKey(dir.resolve("keys"), JwsAlgorithm.ES256, "es256-1");
    Map<String, String> env = new HashMap<>();
    env.put("ISSUER_PORT", "0");
    env.put("ISSUER_BASE_URL", TestIssuer.BASE);
    env.put("ISSUER_DB", database.jdbcUrl());
    env.put("ISSUER_KEYS", dir.resolve("keys").toString());
    env.put("ISSUER_ADMIN_TOKEN", TestIssuer.TOKEN);
    env.put("ISSUER_NAME", "Test University");
    env.put("ISSUER_COUNTRY", "BE");
    // Both start at once: Flyway's lock must let exactly one migrate.
    ExecutorService starter = Executors.newFixedThreadPool(2);
    try {
      List<Future<IssuerProcess>> started = new ArrayList<>();
      for (int n = 0; n < 2; n++) {
        Path log = dir.resolve("node" + n + ".log");
        started.add(starter.submit(() -> IssuerProcess.start(env, log, Duration.ofSeconds(60))));
      }
      for (Future<IssuerProcess> f : started) {
        nodes.add(f.get());
      }
    } finally {
      starter.shutdownNow();
    }
  }

  @AfterEach
  void stopNodes() {
    nodes.forEach(IssuerProcess::close);
    if (database != null) {
      database.close();
    }
  }

  private HttpResponse<String> send(String method, String url, String body)
      throws IOException, InterruptedException {
    return send(method, url, body, Optional.empty());
  }

  private HttpResponse<String> send(String method, String url, String body,
      Optional<String> idempotencyKey) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TestIssuer.TOKEN);
    idempotencyKey.ifPresent(k -> request.header("Idempotency-Key", k));
    if (method.equals("POST")) {
      request.header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(HttpResponse<String> response) {
    return Json.parseUntrusted(response.body()).orElseThrow();
  }

  private static Issued issued(JsonNode body) {
    JsonNode ref = body.at("/status/revocation");
    return new Issued(body.get("id").asText(), ref.get("list").asText(),
        ref.get("index").asInt());
  }

  private static <T> List<T> runAll(List<Callable<List<T>>> clients) throws Exception {
    List<T> results = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients.size());
    try {
      for (Future<List<T>> f : pool.invokeAll(clients)) {
        results.addAll(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    return results;
  }

  @Test
  void issueAndRevoke_twoNodesConcurrently_uniqueIndexesNoLostBitConsistentLists()
      throws Exception {
    HttpResponse<String> created = send("POST", nodes.get(0).baseUrl() + "/api/achievements",
        TestIssuer.achievement(false));
    assertThat(created.statusCode()).isEqualTo(201);
    String request = TestIssuer.issueRequest(json(created).get("id").asText());
    Set<String> revoked = ConcurrentHashMap.newKeySet();
    List<Callable<List<Issued>>> clients = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      String issuing = nodes.get(n).baseUrl();
      String revoking = nodes.get((n + 1) % nodes.size()).baseUrl();
      for (int t = 0; t < THREADS_PER_NODE; t++) {
        clients.add(() -> issueAndRevoke(issuing, revoking, request, revoked));
      }
    }

    long start = System.nanoTime();
    List<Issued> issued = runAll(clients);
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf("multi-node: %d credentials and %d revocations over 2 nodes on"
        + " PostgreSQL in %d ms = %.0f credentials/s%n", issued.size(), revoked.size(), millis,
        issued.size() * 1000.0 / millis);

    int total = nodes.size() * THREADS_PER_NODE * PER_THREAD;
    assertThat(issued).hasSize(total);
    assertThat(issued.stream().map(i -> i.listId() + "#" + i.index()).distinct()).hasSize(total);
    assertStoredAndVerifiable(issued);
    assertListsConsistent(issued, revoked);
  }

  private List<Issued> issueAndRevoke(String issuing, String revoking, String request,
      Set<String> revoked) throws IOException, InterruptedException {
    List<Issued> issued = new ArrayList<>();
    for (int i = 0; i < PER_THREAD; i++) {
      HttpResponse<String> response = send("POST", issuing + "/api/credentials", request);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      Issued one = issued(json(response));
      issued.add(one);
      if (i % REVOKE_EVERY == 0) {
        HttpResponse<String> revoke = send("POST",
            revoking + "/api/credentials/" + one.id() + "/revoke", "{\"reason\": \"test\"}");
        assertThat(revoke.statusCode()).as(revoke.body()).isEqualTo(200);
        revoked.add(one.id());
      }
    }
    return issued;
  }

  /** One answered request of a batch: its key, status code and credential. */
  private record Answer(String key, int status, Issued issued) {}

  private static final int BATCH = 240;
  private static final int BATCH_CLIENTS = 4;

  @Test
  void issueBatch_nodeKilledMidway_resumesOnOtherNodeWithoutDuplicates() throws Exception {
    HttpResponse<String> created = send("POST", nodes.get(1).baseUrl() + "/api/achievements",
        TestIssuer.achievement(false));
    String template = TestIssuer.issueRequest(json(created).get("id").asText());
    AtomicInteger answered = new AtomicInteger();

    List<Callable<List<Answer>>> firstRun = batchClients(nodes.get(0), template, answered);
    ExecutorService pool = Executors.newFixedThreadPool(BATCH_CLIENTS);
    List<Future<List<Answer>>> running = new ArrayList<>();
    firstRun.forEach(c -> running.add(pool.submit(c)));
    while (answered.get() < BATCH / 3) {
      Thread.sleep(5);
    }
    nodes.get(0).kill();
    Map<String, Answer> beforeCrash = new HashMap<>();
    try {
      for (Future<List<Answer>> f : running) {
        f.get().forEach(a -> beforeCrash.put(a.key(), a));
      }
    } finally {
      pool.shutdownNow();
    }
    List<Answer> resumed = runAll(batchClients(nodes.get(1), template, new AtomicInteger()));

    System.out.printf("crash: %d of %d answered before kill -9, %d settled by the resumed run"
        + " (%d already committed but unanswered)%n", beforeCrash.size(), BATCH,
        BATCH - beforeCrash.size(), resumed.stream().filter(a -> a.status() == 200
            && !beforeCrash.containsKey(a.key())).count());
    assertThat(beforeCrash.size()).isBetween(BATCH / 3, BATCH - 1);
    assertThat(resumed).hasSize(BATCH);
    for (Answer answer : resumed) {
      Answer before = beforeCrash.get(answer.key());
      if (before != null) {
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.issued()).isEqualTo(before.issued());
      } else {
        assertThat(answer.status()).isIn(200, 201);
      }
    }
    List<Issued> all = resumed.stream().map(Answer::issued).toList();
    assertThat(all.stream().map(Issued::id).distinct()).hasSize(BATCH);
    assertStoredAndVerifiable(all);
  }

  /** Clients that each send their share of the batch, skipping requests the node drops. */
  private List<Callable<List<Answer>>> batchClients(IssuerProcess node, String template,
      AtomicInteger answered) {
    List<Callable<List<Answer>>> clients = new ArrayList<>();
    for (int t = 0; t < BATCH_CLIENTS; t++) {
      int first = t;
      clients.add(() -> {
        List<Answer> answers = new ArrayList<>();
        for (int i = first; i < BATCH; i += BATCH_CLIENTS) {
          String key = "batch-2026-03/" + i;
          String body = template.replace("Ada Lovelace", "Learner " + i);
          try {
            HttpResponse<String> response = send("POST", node.baseUrl() + "/api/credentials",
                body, Optional.of(key));
            assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
            answers.add(new Answer(key, response.statusCode(), issued(json(response))));
            answered.incrementAndGet();
          } catch (IOException e) {
            // The node was killed: this request has no answer; the resumed run settles it.
          }
        }
        return answers;
      });
    }
    return clients;
  }

  private void assertStoredAndVerifiable(List<Issued> issued)
      throws SQLException, ParseException, JOSEException {
    Map<String, Issued> byId = new HashMap<>();
    issued.forEach(i -> byId.put(i.id(), i));
    ECDSAVerifier verifier = new ECDSAVerifier(key.toECKey().toPublicJWK());
    Set<String> stored = new HashSet<>();
    try (Connection c = DriverManager.getConnection(database.jdbcUrl());
        Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT id, jwt, revocation_list_id,"
          + " revocation_index FROM credentials")) {
        while (rs.next()) {
          String id = rs.getString(1);
          SignedJWT jwt = SignedJWT.parse(rs.getString(2));
          assertThat(jwt.verify(verifier)).as("signature of %s", id).isTrue();
          JsonNode payload = Json.parseUntrusted(jwt.getPayload().toString()).orElseThrow();
          assertThat(payload.get("id").asText()).isEqualTo("urn:uuid:" + id);
          assertThat(payload.at("/credentialStatus/statusListIndex").asText())
              .isEqualTo(Integer.toString(rs.getInt(4)));
          assertThat(new Issued(id, rs.getString(3), rs.getInt(4))).isEqualTo(byId.get(id));
          stored.add(id);
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM status_allocations")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(issued.size());
      }
    }
    assertThat(stored).isEqualTo(byId.keySet());
  }

  private void assertListsConsistent(List<Issued> issued, Set<String> revoked)
      throws Exception {
    ECKey publicKey = key.toECKey().toPublicJWK();
    Map<String, String> servedByFirst = new HashMap<>();
    for (IssuerProcess node : nodes) {
      for (String listId : issued.stream().map(Issued::listId).distinct().toList()) {
        HttpResponse<String> response = send("GET", node.baseUrl() + "/status/" + listId, "");
        assertThat(response.statusCode()).isEqualTo(200);
        servedByFirst.putIfAbsent(listId, response.body());
        assertThat(response.body()).as("same signed list on every node")
            .isEqualTo(servedByFirst.get(listId));
        SignedJWT jwt = SignedJWT.parse(response.body());
        assertThat(jwt.verify(new ECDSAVerifier(publicKey))).isTrue();
        StatusListCredentialView view = StatusListCredentials.fromJson(
            Json.parseUntrusted(jwt.getPayload().toString()).orElseThrow()).orElseThrow();
        BitstringStatusList bits = BitstringStatusList.decode(view.encodedList(),
            BitstringStatusList.MIN_BYTES);
        for (Issued one : issued) {
          if (one.listId().equals(listId)) {
            assertThat(bits.get(one.index())).as("bit of %s", one.id())
                .isEqualTo(revoked.contains(one.id()));
          }
        }
      }
    }
  }
}
