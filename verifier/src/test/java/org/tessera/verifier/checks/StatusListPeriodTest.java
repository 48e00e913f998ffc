package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusListCredentialView;
import org.tessera.shared.status.StatusListCredentials;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.keys.DidWebResolver;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusListService;
import org.tessera.verifier.testkit.Fixture;

/**
 * A status list is relied on only inside its own validity period: {@code validFrom}/{@code nbf}
 * to {@code validUntil}/{@code exp}. Outside it the list is unavailable, never "not revoked".
 */
class StatusListPeriodTest {

  private final Fixture fixture = new Fixture();
  private final MutableClock clock = new MutableClock(Fixture.NOW);
  private final SafeFetcher fetcher = PinnedSafeFetcher.create(true);
  private final StatusCheck check = new StatusCheck(
      new StatusListService(fetcher, clock, 8), new HeaderCheck(),
      new KeyResolutionCheck(new KeyResolver(new DidWebResolver(fetcher, true, clock))),
      new SignatureCheck());

  @AfterEach
  void close() {
    fixture.close();
  }

  private CheckResult run() {
    return check.check(fixture.credential(), fixture.did, List.of());
  }

  /** Publishes the issuer's list (nothing revoked) with these dates; {@code claims} edits the JWT. */
  private void publish(Instant validFrom, Optional<Instant> validUntil,
      Consumer<ObjectNode> claims) {
    StatusListCredentialView view = new StatusListCredentialView(fixture.statusUrl(), fixture.did,
        StatusPurpose.REVOCATION, BitstringStatusList.create(131_072).encode(),
        Optional.of(86_400_000L), validFrom, validUntil);
    ObjectNode payload = StatusListCredentials.toJson(view);
    payload.put("iss", fixture.did).put("jti", fixture.statusUrl())
        .put("nbf", validFrom.getEpochSecond());
    validUntil.ifPresent(until -> payload.put("exp", until.getEpochSecond()));
    claims.accept(payload);
    JWSHeader header = new JWSHeader.Builder(JwsAlgorithm.forKey(fixture.issuerKey).nimbus())
        .keyID(fixture.kid).type(JOSEObjectType.JWT).build();
    fixture.site.publish(Fixture.STATUS_PATH, "application/vc+jwt",
        Fixture.signRaw(header, payload, JwsSigners.forKey(fixture.issuerKey)));
  }

  private static Instant days(long days) {
    return Fixture.NOW.plus(Duration.ofDays(days));
  }

  @Test
  void run_listWithinItsPeriod_passes() {
    publish(days(-30), Optional.of(days(30)), claims -> { });
    assertThat(run().isPassed()).isTrue();
  }

  @Test
  void run_jwtExpInThePast_statusListUnavailable() {
    // validUntil absent, only the JWT says the list has ended: it is not "not revoked".
    publish(days(-30), Optional.empty(), claims -> claims.put("exp", days(-1).getEpochSecond()));
    CheckResult result = run();
    assertThat(result.code()).contains(ErrorCode.STATUS_LIST_UNAVAILABLE);
    assertThat(result.message()).contains("expired");
  }

  @Test
  void run_validUntilInThePast_statusListUnavailable() {
    publish(days(-30), Optional.of(days(-1)), claims -> claims.remove("exp"));
    assertThat(run().code()).contains(ErrorCode.STATUS_LIST_UNAVAILABLE);
  }

  @Test
  void run_validFromInTheFuture_statusListUnavailable() {
    publish(days(2), Optional.empty(), claims -> claims.remove("nbf"));
    CheckResult result = run();
    assertThat(result.code()).contains(ErrorCode.STATUS_LIST_UNAVAILABLE);
    assertThat(result.message()).contains("not valid yet");
  }

  @Test
  void run_nbfInTheFuture_statusListUnavailable() {
    publish(days(-30), Optional.empty(), claims -> claims.put("nbf", days(1).getEpochSecond()));
    assertThat(run().code()).contains(ErrorCode.STATUS_LIST_UNAVAILABLE);
  }

  @Test
  void run_nbfWithinClockSkew_passes() {
    publish(days(-30), Optional.empty(),
        claims -> claims.put("nbf", Fixture.NOW.plusSeconds(30).getEpochSecond()));
    assertThat(run().isPassed()).isTrue();
  }

  @Test
  void run_expNotANumber_statusListInvalid() {
    publish(days(-30), Optional.empty(), claims -> claims.put("exp", "tomorrow"));
    assertThat(run().code()).contains(ErrorCode.STATUS_LIST_INVALID);
  }

  @Test
  void run_cachedListPastItsEnd_notServedFromTheCache() {
    // The list's ttl (a day) outlives its end (an hour from now): the cache must not.
    publish(days(-30), Optional.of(Fixture.NOW.plus(Duration.ofHours(1))), claims -> { });
    assertThat(run().isPassed()).isTrue();
    clock.advance(Duration.ofHours(2));
    assertThat(run().code()).contains(ErrorCode.STATUS_LIST_UNAVAILABLE);
  }
}
