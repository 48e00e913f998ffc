package org.tessera.issuer.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.testdb.BothDatabasesTestBase;

class StatusListRepositoryTest extends BothDatabasesTestBase {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  static StatusListRow list(String id) {
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
}
