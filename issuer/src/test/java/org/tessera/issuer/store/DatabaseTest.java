package org.tessera.issuer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.testdb.BothDatabasesTestBase;

class DatabaseTest extends BothDatabasesTestBase {



  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static StatusListRow list(String id) {
    return new StatusListRow(id, "revocation", 131_072, 0, "u", "jwt", "\"e\"", 0, NOW, NOW);
  }

  @Test
  void tryAllocate_sameIndexTwice_secondLosesAcrossReopen() {
    String url = database.jdbcUrl();
    StatusListRepository lists = new StatusListRepository(Scope.DEFAULT);
    try (Database db = Database.open(url)) {
      db.inTransaction(c -> {
        lists.insert(c, list("L1"));
        return null;
      });
      boolean first = db.inTransaction(c -> lists.tryAllocate(c, "L1", 42, "c1"));
      assertThat(first).isTrue();
    }
    try (Database db = Database.open(url)) {
      boolean again = db.inTransaction(c -> lists.tryAllocate(c, "L1", 42, "c2"));
      boolean other = db.inTransaction(c -> lists.tryAllocate(c, "L1", 43, "c2"));
      assertThat(again).isFalse();
      assertThat(other).isTrue();
      assertThat(db.read(c -> lists.find(c, "L1")).orElseThrow().allocated()).isEqualTo(2);
    }
  }

  @Test
  void inTransaction_workThrows_rollsBackEverything() {
    StatusListRepository lists = new StatusListRepository(Scope.DEFAULT);
    try (Database db = Database.open(database.jdbcUrl())) {
      assertThatThrownBy(() -> db.inTransaction(c -> {
        lists.insert(c, list("L2"));
        lists.tryAllocate(c, "L2", 1, "c1");
        throw new IllegalStateException("boom");
      })).isInstanceOf(IllegalStateException.class);

      Optional<StatusListRow> list = db.read(c -> lists.find(c, "L2"));
      assertThat(list).isEmpty();
      assertThat(db.read(lists::countAllocations)).isZero();
    }
  }

  @Test
  void update_staleVersion_isRefused() {
    StatusListRepository lists = new StatusListRepository(Scope.DEFAULT);
    try (Database db = Database.open(database.jdbcUrl())) {
      db.inTransaction(c -> {
        lists.insert(c, list("L3"));
        return null;
      });
      boolean fresh = db.inTransaction(c -> lists.update(c, "L3", 0, "u2", "jwt2", "\"e2\"", NOW));
      boolean stale = db.inTransaction(c -> lists.update(c, "L3", 0, "u3", "jwt3", "\"e3\"", NOW));
      assertThat(fresh).isTrue();
      assertThat(stale).isFalse();
      assertThat(db.read(c -> lists.find(c, "L3")).orElseThrow().encodedList()).isEqualTo("u2");
    }
  }

  @Test
  void achievements_insertAndFind_roundTrips() {
    AchievementRepository repo = new AchievementRepository(Scope.DEFAULT);
    try (Database db = Database.open(database.jdbcUrl())) {
      AchievementRow row = new AchievementRow("a1", "{\"name\":\"x\"}", true, NOW);
      db.inTransaction(c -> {
        repo.insert(c, row);
        return null;
      });
      Optional<AchievementRow> found = db.read(c -> repo.find(c, "a1"));
      assertThat(found).isEqualTo(Optional.of(row));
    }
  }
}
