package org.tessera.verifier.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.shared.testkit.MutableClock;

class ShareServiceTest {

  private static final String JWT = "eyJhbGciOiJFUzI1NiJ9.eyJuYW1lIjoiQW5hIEV4YW1wbGUifQ.c2ln";

  @TempDir
  Path dir;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T12:00:00Z"));
  private ShareDatabase db;
  private ShareService service;

  @BeforeEach
  void open() {
    db = ShareDatabase.open("jdbc:sqlite:" + dir.resolve("shares.db"));
    service = new ShareService(db, clock);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void create_thenOpen_returnsCredentialUntilExpiry() {
    CreatedShare share = service.create(JWT, Duration.ofHours(1));
    assertThat(share.id()).matches("[A-Za-z0-9_-]{22}");
    assertThat(service.open(share.id())).isEqualTo(
        new ShareLookup.Active(JWT, Instant.parse("2026-01-15T13:00:00Z")));
    clock.advance(Duration.ofHours(1));
    assertThat(service.open(share.id()))
        .isEqualTo(new ShareLookup.Gone(ShareLookup.Reason.EXPIRED));
  }

  @Test
  void database_holdsNeitherIdNorTokenNorCredential() throws Exception {
    CreatedShare share = service.create(JWT, Duration.ofHours(1));
    db.close();
    String bytes = new String(Files.readAllBytes(dir.resolve("shares.db")),
        StandardCharsets.ISO_8859_1) + walText();
    assertThat(bytes).doesNotContain(share.id()).doesNotContain(share.manageToken())
        .doesNotContain("eyJuYW1lIjoiQW5hIEV4YW1wbGUifQ").doesNotContain("Ana Example");
    db = ShareDatabase.open("jdbc:sqlite:" + dir.resolve("shares.db"));
    service = new ShareService(db, clock);
    assertThat(service.open(share.id())).isInstanceOf(ShareLookup.Active.class);
  }

  private String walText() throws Exception {
    Path wal = dir.resolve("shares.db-wal");
    return Files.exists(wal)
        ? new String(Files.readAllBytes(wal), StandardCharsets.ISO_8859_1) : "";
  }

  @Test
  void revoke_rightToken_goneAndCredentialWiped() {
    CreatedShare share = service.create(JWT, Duration.ofDays(1));
    assertThat(service.revoke(share.id(), "wrong")).isEqualTo(ShareService.RevokeOutcome.FORBIDDEN);
    assertThat(service.revoke(share.id(), share.manageToken()))
        .isEqualTo(ShareService.RevokeOutcome.REVOKED);
    assertThat(service.open(share.id()))
        .isEqualTo(new ShareLookup.Gone(ShareLookup.Reason.REVOKED));
    assertThat(db.find(ShareCrypto.lookupKey(share.id())).orElseThrow().ciphertext()).isEmpty();
  }

  @Test
  void open_unknownAndMalformedIds_missing() {
    assertThat(service.open("AAAAAAAAAAAAAAAAAAAAAA")).isInstanceOf(ShareLookup.Missing.class);
    assertThat(service.open("../../etc/passwd")).isInstanceOf(ShareLookup.Missing.class);
    assertThat(service.revoke("AAAAAAAAAAAAAAAAAAAAAA", "t"))
        .isEqualTo(ShareService.RevokeOutcome.NOT_FOUND);
  }

  @Test
  void create_longAfter_purgesEndedLinks() {
    CreatedShare old = service.create(JWT, Duration.ofSeconds(1));
    clock.advance(ShareService.KEEP_ENDED.plusDays(1));
    service.create(JWT, Duration.ofSeconds(1));
    assertThat(service.open(old.id())).isInstanceOf(ShareLookup.Missing.class);
  }

  @Test
  void create_expiredLinkWipedOnNextCreate() {
    CreatedShare share = service.create(JWT, Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(5));
    service.create(JWT, Duration.ofSeconds(1));
    assertThat(db.find(ShareCrypto.lookupKey(share.id())).orElseThrow().ciphertext()).isEmpty();
  }

  @Test
  void create_badLifetime_refused() {
    assertThatThrownBy(() -> service.create(JWT, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> service.create(JWT, Duration.ofDays(366)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void decrypt_otherId_fails() {
    byte[] nonce = new byte[12];
    byte[] sealed = ShareCrypto.encrypt("AAAAAAAAAAAAAAAAAAAAAA", nonce, JWT);
    assertThat(ShareCrypto.decrypt("BAAAAAAAAAAAAAAAAAAAAA", nonce, sealed)).isEmpty();
    assertThat(ShareCrypto.decrypt("AAAAAAAAAAAAAAAAAAAAAA", nonce, sealed)).contains(JWT);
  }
}
