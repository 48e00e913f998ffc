package org.tessera.issuer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.status.StatusListRepository;
import org.tessera.issuer.status.StatusListRow;
import org.tessera.issuer.testdb.BothDatabasesTestBase;

class DatabaseTest extends BothDatabasesTestBase {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static StatusListRow list(String id) {
    return new StatusListRow(id, "revocation", 131_072, 0, "u", "jwt", "\"e\"", 0, NOW, NOW);
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
}
