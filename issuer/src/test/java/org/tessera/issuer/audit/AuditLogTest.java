package org.tessera.issuer.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.testdb.BothDatabasesTestBase;
import org.tessera.shared.json.Json;

class AuditLogTest extends BothDatabasesTestBase {

  private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void record_twoEvents_eachGetsItsOwnIdAndTheChainStaysValid() {
    AuditLog log = new AuditLog(Scope.DEFAULT);
    try (Database db = Database.open(database.jdbcUrl())) {
      db.inTransaction(c -> {
        log.record(c, AuditAction.ISSUE, "admin", "c-1", AT);
        log.record(c, AuditAction.KEY_COMPROMISE, "admin", "c-1", AT,
            Json.object().put("since", "2026-01-01T00:00:00Z"));
        return null;
      });
      List<AuditEvent> events = db.read(c -> EventRepository.deployment().forTarget(c, "c-1"));

      assertThat(events).extracting(AuditEvent::action)
          .containsExactlyInAnyOrder(AuditAction.ISSUE, AuditAction.KEY_COMPROMISE);
      assertThat(events).extracting(AuditEvent::id).doesNotHaveDuplicates();
      assertThat(events).extracting(AuditEvent::detail).containsExactlyInAnyOrder(
          Optional.empty(), Optional.of("{\"since\":\"2026-01-01T00:00:00Z\"}"));
      assertThat(new AuditTrail(db, EventRepository.deployment()).verify().get("valid")
          .asBoolean()).isTrue();
    }
  }

  @Test
  void record_transactionRolledBack_leavesNoEvent() {
    AuditLog log = AuditLog.of(Optional.empty());
    try (Database db = Database.open(database.jdbcUrl())) {
      assertThatThrownBy(() -> db.inTransaction(c -> {
        log.record(c, AuditAction.TOKEN_REVOKE, "admin", "t-1", AT);
        throw new IllegalStateException("boom");
      })).isInstanceOf(IllegalStateException.class);

      List<AuditEvent> events = db.read(c -> EventRepository.deployment().forTarget(c, "t-1"));

      assertThat(events).isEmpty();
      assertThat(db.read(EventRepository.deployment()::head).seq()).isZero();
    }
  }
}
