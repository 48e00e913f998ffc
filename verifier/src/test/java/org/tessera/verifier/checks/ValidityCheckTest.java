package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;
import org.tessera.verifier.result.ErrorCode;

class ValidityCheckTest {

  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  private final ValidityCheck check =
      new ValidityCheck(Clock.fixed(NOW, ZoneOffset.UTC), ValidityCheck.DEFAULT_SKEW);

  private static ObjectNode credential(String from, String until) {
    ObjectNode credential = Json.object();
    if (from != null) {
      credential.put("validFrom", from);
    }
    if (until != null) {
      credential.put("validUntil", until);
    }
    return credential;
  }

  @Test
  void run_withinPeriod_passes() {
    assertThat(check.check(credential("2025-01-01T00:00:00Z", "2027-01-01T00:00:00Z")).isPassed())
        .isTrue();
    assertThat(check.check(credential("2025-01-01T00:00:00+02:00", null)).isPassed()).isTrue();
  }

  @Test
  void run_validFromInFuture_notYetValid() {
    assertThat(check.check(credential("2026-01-15T12:01:01Z", null)).code())
        .contains(ErrorCode.NOT_YET_VALID);
  }

  @Test
  void run_validFromWithinSkew_passes() {
    assertThat(check.check(credential("2026-01-15T12:00:59Z", null)).isPassed()).isTrue();
  }

  @Test
  void run_validUntilPast_expired() {
    assertThat(check.check(credential("2025-01-01T00:00:00Z", "2026-01-15T11:58:59Z")).code())
        .contains(ErrorCode.EXPIRED);
    assertThat(check.check(credential("2025-01-01T00:00:00Z", "2026-01-15T11:59:30Z")).isPassed())
        .isTrue();
  }

  @Test
  void run_vc11Dates_checked() {
    ObjectNode credential = Json.object().put("issuanceDate", "2025-01-01T00:00:00Z")
        .put("expirationDate", "2025-06-01T00:00:00Z");
    assertThat(check.check(credential).code()).contains(ErrorCode.EXPIRED);
  }

  @Test
  void run_zeroSkew_strict() {
    ValidityCheck strict = new ValidityCheck(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ZERO);
    assertThat(strict.check(credential("2026-01-15T12:00:01Z", null)).code())
        .contains(ErrorCode.NOT_YET_VALID);
  }

  @Test
  void run_unparseableDate_schemaInvalid() {
    assertThat(check.check(credential("yesterday", null)).code()).contains(ErrorCode.SCHEMA_INVALID);
  }
}
