package org.tessera.issuer.achievements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.testdb.BothDatabasesTestBase;

class AchievementRepositoryTest extends BothDatabasesTestBase {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void insertAndFind_roundTrips() {
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
