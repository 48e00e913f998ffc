package org.tessera.verifier.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.shared.limits.RateLimiter;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.verifier.result.RequestError;

class ShareLinksTest {

  private static final String AUTHENTIC = "eyJhbGciOiJFUzI1NiJ9.eyJhIjoxfQ.c2ln";
  private static final String FORGED = "eyJhbGciOiJFUzI1NiJ9.eyJhIjoyfQ.c2ln";
  private static final Optional<Duration> DAY = Optional.of(Duration.ofDays(1));
  private static final String CLIENT = "203.0.113.7";

  @TempDir
  Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
  private ShareDatabase db;
  private ShareLinks links;

  @BeforeEach
  void open() {
    db = ShareDatabase.open("jdbc:sqlite:" + dir.resolve("shares.db"));
    links = links(new RateLimiter(0, clock));
  }

  private ShareLinks links(RateLimiter perClient) {
    return new ShareLinks(Optional.of(new ShareService(db, clock)), AUTHENTIC::equals, perClient,
        id -> "https://verify.example/s/" + id);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void create_authenticCredential_createdAtItsUrl_thenRevokedWithItsToken() {
    ShareOutcome.Created created =
        (ShareOutcome.Created) links.create(Optional.of(AUTHENTIC), DAY, CLIENT);

    assertThat(created.url()).isEqualTo("https://verify.example/s/" + created.share().id());
    assertThat(created.json().get("qr").asText()).isEqualTo(created.url() + "/qr.svg");
    assertThat(links.open(created.share().id())).isInstanceOf(ShareLookup.Active.class);
    assertThat(refusal(links.revoke(created.share().id(), Optional.of("wrong"))))
        .isEqualTo(RequestError.WRONG_MANAGE_TOKEN);
    assertThat(links.revoke(created.share().id(), Optional.of(created.share().manageToken())))
        .isInstanceOf(ShareOutcome.Revoked.class);
    assertThat(links.open(created.share().id())).isInstanceOf(ShareLookup.Gone.class);
  }

  @Test
  void create_refusals_malformedBeforeNotShareable() {
    assertThat(refusal(links.create(Optional.empty(), DAY, CLIENT)))
        .isEqualTo(RequestError.MALFORMED_REQUEST);
    assertThat(refusal(links.create(Optional.of(AUTHENTIC), Optional.of(Duration.ZERO), CLIENT)))
        .isEqualTo(RequestError.MALFORMED_REQUEST);
    assertThat(refusal(links.create(Optional.of(AUTHENTIC),
        Optional.of(ShareService.MAX_LIFETIME.plusSeconds(1)), CLIENT)))
        .isEqualTo(RequestError.MALFORMED_REQUEST);
    assertThat(refusal(links.create(Optional.of(FORGED), DAY, CLIENT)))
        .isEqualTo(RequestError.NOT_SHAREABLE);
  }

  @Test
  void create_overTheSizeCap_credentialTooLargeBeforeVerifying() {
    String big = "eyJhbGciOiJFUzI1NiJ9." + "A".repeat(ShareService.MAX_JWT_CHARS) + ".c2ln";
    ShareLinks counting = new ShareLinks(Optional.of(new ShareService(db, clock)), jwt -> {
      throw new AssertionError("an oversized credential must not be verified");
    }, new RateLimiter(0, clock), id -> id);

    assertThat(refusal(counting.create(Optional.of(big), DAY, CLIENT)))
        .isEqualTo(RequestError.CREDENTIAL_TOO_LARGE);
  }

  @Test
  void create_overTheClientsBudget_rateLimitedWithRetryAfter_otherClientsUnaffected() {
    ShareLinks limited = links(new RateLimiter(2, clock));
    assertThat(limited.create(Optional.of(AUTHENTIC), DAY, CLIENT))
        .isInstanceOf(ShareOutcome.Created.class);
    assertThat(refusal(limited.create(Optional.of(FORGED), DAY, CLIENT)))
        .as("a refused attempt costs too").isEqualTo(RequestError.NOT_SHAREABLE);

    ShareOutcome.Refused third =
        (ShareOutcome.Refused) limited.create(Optional.of(AUTHENTIC), DAY, CLIENT);
    assertThat(third.error()).isEqualTo(RequestError.RATE_LIMITED);
    assertThat(third.retryAfterSeconds()).hasValue(30);
    assertThat(limited.create(Optional.of(AUTHENTIC), DAY, "198.51.100.9"))
        .isInstanceOf(ShareOutcome.Created.class);
    clock.advance(Duration.ofSeconds(30));
    assertThat(limited.create(Optional.of(AUTHENTIC), DAY, CLIENT))
        .isInstanceOf(ShareOutcome.Created.class);
  }

  @Test
  void revoke_withoutTokenOrUnknown_refused() {
    assertThat(refusal(links.revoke("x", Optional.empty())))
        .isEqualTo(RequestError.MANAGE_TOKEN_REQUIRED);
    assertThat(refusal(links.revoke("AAAAAAAAAAAAAAAAAAAAAA", Optional.of("t"))))
        .isEqualTo(RequestError.NOT_FOUND);
  }

  @Test
  void disabled_everyRequestNotFound_everyLinkMissing() {
    ShareLinks disabled =
        new ShareLinks(Optional.empty(), jwt -> true, new RateLimiter(0, clock), id -> id);

    assertThat(disabled.enabled()).isFalse();
    assertThat(refusal(disabled.create(Optional.of(AUTHENTIC), DAY, CLIENT)))
        .isEqualTo(RequestError.NOT_FOUND);
    assertThat(refusal(disabled.revoke("x", Optional.of("t")))).isEqualTo(RequestError.NOT_FOUND);
    assertThat(disabled.open("AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(ShareLookup.Missing.class);
  }

  private static RequestError refusal(ShareOutcome outcome) {
    return ((ShareOutcome.Refused) outcome).error();
  }
}
