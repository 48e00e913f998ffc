package org.tessera.issuer.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.testdb.BothDatabasesTestBase;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;

/** Two "nodes" (two pools, two services) on one database, racing on one status list. */
class ConcurrentStatusListTest extends BothDatabasesTestBase {

  private static final String DID = "did:web:issuer.example.edu";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"),
      ZoneOffset.UTC);
  private static final int THREADS = 8;

  private final List<Database> nodes = new ArrayList<>();
  private final List<SigningKey> nodeKeys = new ArrayList<>();

  @AfterEach
  void closeNodes() {
    nodes.forEach(Database::close);
  }

  private StatusListService node() {
    return node(Scope.DEFAULT, "es256-1");
  }

  private StatusListService node(Scope scope) {
    return node(scope, "es256-1");
  }

  private StatusListService node(String keyId) {
    return node(Scope.DEFAULT, keyId);
  }

  /** A node's status-list service of one institution, signing with a fresh key {@code keyId}. */
  private StatusListService node(Scope scope, String keyId) {
    Database db = Database.open(database.jdbcUrl());
    nodes.add(db);
    JWK jwk = JwkGenerator.generate(JwsAlgorithm.ES256, keyId);
    SigningKey key = new SigningKey(DID, jwk.toPublicJWK(), JwsAlgorithm.ES256,
        JwsSigners.forKey(jwk));
    nodeKeys.add(key);
    return new StatusListService(db, new StatusListRepository(scope),
        new KeyRing(List.of(key), key), DID, "https://issuer.example.edu",
        Duration.ofMinutes(5), CLOCK, new SecureRandom());
  }

  /** {@code count} revocation indexes allocated through node 0, one list. */
  private List<StatusRef> allocateOnFirstNode(StatusListService service, int count) {
    List<StatusRef> refs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String credentialId = "c" + i;
      refs.add(nodes.get(0).inTransaction(
          c -> service.allocate(c, StatusPurpose.REVOCATION, credentialId)));
    }
    return refs;
  }

  private static <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(tasks)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void allocate_twoNodesOnEmptyDatabase_openOneListAndDistinctIndexes() throws Exception {
    List<StatusListService> services = List.of(node(), node());
    List<Callable<StatusRef>> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StatusListService service = services.get(i % 2);
      Database db = nodes.get(i % 2);
      String credentialId = "c" + i;
      tasks.add(() -> db.inTransaction(
          c -> service.allocate(c, StatusPurpose.REVOCATION, credentialId)));
    }

    List<StatusRef> refs = runAll(tasks);

    assertThat(refs).extracting(StatusRef::listId).containsOnly(refs.get(0).listId());
    assertThat(refs).extracting(StatusRef::index).doesNotHaveDuplicates();
    assertThat(nodes.get(0).read(new StatusListRepository(Scope.DEFAULT)::countAllocations))
        .isEqualTo(40);
  }

  @Test
  void allocate_twoInstitutionsOnTwoNodes_eachFillsListsOfItsOwn() throws Exception {
    Scope uva = new Scope("uva");
    // services[node][institution]: both nodes serve both institutions
    List<List<StatusListService>> services = List.of(
        List.of(node(Scope.DEFAULT), node(uva)), List.of(node(Scope.DEFAULT), node(uva)));
    List<Callable<StatusRef>> tasks = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      StatusListService service = services.get(i % 2).get((i / 2) % 2);
      Database db = nodes.get(2 * (i % 2) + (i / 2) % 2);
      String credentialId = "c" + i;
      tasks.add(() -> db.inTransaction(
          c -> service.allocate(c, StatusPurpose.REVOCATION, credentialId)));
    }

    List<StatusRef> refs = runAll(tasks);

    List<StatusRef> defaults = new ArrayList<>();
    List<StatusRef> uvas = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      ((i / 2) % 2 == 0 ? defaults : uvas).add(refs.get(i));
    }
    assertThat(defaults).extracting(StatusRef::listId).containsOnly(defaults.get(0).listId());
    assertThat(uvas).extracting(StatusRef::listId).containsOnly(uvas.get(0).listId());
    assertThat(uvas.get(0).listId()).isNotEqualTo(defaults.get(0).listId());
    assertThat(defaults).extracting(StatusRef::index).doesNotHaveDuplicates();
    assertThat(uvas).extracting(StatusRef::index).doesNotHaveDuplicates();
    assertThat(services.get(0).get(0).published(uvas.get(0).listId())).isEmpty();
    assertThat(services.get(1).get(1).published(uvas.get(0).listId())).isPresent();
  }

  @Test
  void setBit_twoNodesFlipDifferentBitsOfOneList_loseNoBit() throws Exception {
    List<StatusListService> services = List.of(node(), node());
    List<StatusRef> refs = allocateOnFirstNode(services.get(0), 48);
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      StatusListService service = services.get(i % 2);
      Database db = nodes.get(i % 2);
      StatusRef ref = refs.get(i);
      tasks.add(() -> db.inTransaction(c -> {
        service.setBit(c, ref, true);
        return true;
      }));
    }

    runAll(tasks);

    StatusListRow row = services.get(1).published(refs.get(0).listId()).orElseThrow();
    BitstringStatusList bits = BitstringStatusList.decode(row.encodedList(), row.size() / 8);
    assertThat(refs).allSatisfy(ref -> assertThat(bits.get(ref.index())).isTrue());
    assertThat(row.version()).isEqualTo(refs.size());
  }

  @Test
  void resignWith_whileAnotherNodeFlipsBits_losesNoBit() throws Exception {
    // Node 0 still signs with es256-1; node 1 has es256-2 active and re-signs meanwhile.
    List<StatusListService> services = List.of(node("es256-1"), node("es256-2"));
    SigningKey key2 = nodeKeys.get(1);
    List<StatusRef> refs = allocateOnFirstNode(services.get(0), 48);
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      StatusRef ref = refs.get(i);
      tasks.add(() -> nodes.get(0).inTransaction(c -> {
        services.get(0).setBit(c, ref, true);
        return 0;
      }));
      if (i % 6 == 0) {
        tasks.add(() -> services.get(1).resignWith(key2));
      }
    }

    runAll(tasks);
    services.get(1).resignWith(key2);

    StatusListRow row = services.get(1).published(refs.get(0).listId()).orElseThrow();
    BitstringStatusList bits = BitstringStatusList.decode(row.encodedList(), row.size() / 8);
    assertThat(refs).allSatisfy(ref -> assertThat(bits.get(ref.index())).isTrue());
    assertThat(JWSObject.parse(row.signedJwt()).getHeader().getKeyID()).endsWith("#es256-2");
    assertThat(services.get(1).resignWith(key2)).as("nothing left to re-sign").isZero();
  }

  @Test
  void findForUpdate_listHeldByAnotherNode_waitsUntilThatTransactionEnds() throws Exception {
    List<StatusListService> services = List.of(node(), node());
    StatusRef ref = nodes.get(0).inTransaction(
        c -> services.get(0).allocate(c, StatusPurpose.REVOCATION, "c0"));
    StatusListRepository repo = new StatusListRepository(Scope.DEFAULT);
    CountDownLatch locked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Object> holder = pool.submit(() -> nodes.get(0).inTransaction(c -> {
        repo.findForUpdate(c, ref.listId());
        locked.countDown();
        awaitQuietly(release);
        return null;
      }));
      assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
      Future<Boolean> waiter = pool.submit(() -> nodes.get(1).inTransaction(
          c -> repo.findForUpdate(c, ref.listId()).isPresent()));

      Thread.sleep(400);
      boolean doneWhileHeld = waiter.isDone();
      release.countDown();
      holder.get(10, TimeUnit.SECONDS);

      assertThat(doneWhileHeld).as("second node read the list while the first held it").isFalse();
      assertThat(waiter.get(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
