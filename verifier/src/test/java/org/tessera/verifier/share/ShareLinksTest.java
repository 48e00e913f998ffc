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
import org.tessera.shared.testkit.MutableClock;
import org.tessera.verifier.result.RequestError;

class ShareLinksTest {

  private static final String AUTHENTIC = "eyJhbGciOiJFUzI1NiJ9.eyJhIjoxfQ.c2ln";
  private static final String FORGED = "eyJhbGciOiJFUzI1NiJ9.eyJhIjoyfQ.c2ln";
  private static final Optional<Duration> DAY = Optional.of(Duration.ofDays(1));

  @TempDir
  Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
  private ShareDatabase db;
  private ShareLinks links;

  @BeforeEach
  void open() {
    db = ShareDatabase.open("jdbc:sqlite:" + dir.resolve("shares.db"));
    links = new ShareLinks(Optional.of(new ShareService(db, clock)), AUTHENTIC::equals,
        id -> "https://verify.example/s/" + id);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void create_authenticCredential_createdAtItsUrl_thenRevokedWithItsToken() {
    ShareOutcome.Created created =
        (ShareOutcome.Created) links.create(Optional.of(AUTHENTIC), DAY);

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
  void create_refusals_malformedBeforeNotAuthentic() {
    assertThat(refusal(links.create(Optional.empty(), DAY)))
        .isEqualTo(RequestError.MALFORMED_REQUEST);
    assertThat(refusal(links.create(Optional.of(AUTHENTIC), Optional.of(Duration.ZERO))))
        .isEqualTo(RequestError.MALFORMED_REQUEST);
    assertThat(refusal(links.create(Optional.of(AUTHENTIC),
        Optional.of(ShareService.MAX_LIFETIME.plusSeconds(1)))))
        .isEqualTo(RequestError.MALFORMED_REQUEST);
    assertThat(refusal(links.create(Optional.of(FORGED), DAY)))
        .isEqualTo(RequestError.NOT_AUTHENTIC);
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
    ShareLinks disabled = new ShareLinks(Optional.empty(), jwt -> true, id -> id);

    assertThat(disabled.enabled()).isFalse();
    assertThat(refusal(disabled.create(Optional.of(AUTHENTIC), DAY)))
        .isEqualTo(RequestError.NOT_FOUND);
    assertThat(refusal(disabled.revoke("x", Optional.of("t")))).isEqualTo(RequestError.NOT_FOUND);
    assertThat(disabled.open("AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(ShareLookup.Missing.class);
  }

  private static RequestError refusal(ShareOutcome outcome) {
    return ((ShareOutcome.Refused) outcome).error();
  }
}
