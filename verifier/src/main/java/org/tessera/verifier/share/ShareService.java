package org.tessera.verifier.share;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Share links: create (credential encrypted under the link id), open (live / ended / unknown),
 * revoke with the manage token. Expired credentials are wiped when seen and rows are purged a
 * while after they ended.
 */
public final class ShareService {

  /** Longest lifetime a link may ask for. */
  public static final Duration MAX_LIFETIME = Duration.ofDays(365);
  /** Lifetime when none is asked for. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofDays(90);
  /** How long an ended link still answers 410 before it is forgotten (then 404). */
  static final Duration KEEP_ENDED = Duration.ofDays(30);
  /**
   * Largest credential JWT stored: ten times a CMF credential with many learning outcomes, far
   * below anything that would make the store free storage.
   */
  public static final int MAX_JWT_CHARS = 65_536;

  public enum RevokeOutcome { REVOKED, NOT_FOUND, FORBIDDEN }

  private final ShareDatabase database;
  private final Clock clock;
  private final ShareCrypto crypto;

  public ShareService(ShareDatabase database, Clock clock) {
    this(database, clock, new SecureRandom());
  }

  ShareService(ShareDatabase database, Clock clock, SecureRandom random) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.crypto = new ShareCrypto(Objects.requireNonNull(random, "random"));
  }

  /**
   * Stores {@code credentialJwt} behind a new link. The caller has checked that it is a
   * credential that verifies, within {@link #MAX_JWT_CHARS} (we do not keep arbitrary blobs).
   *
   * @throws IllegalArgumentException for a lifetime outside (0, 365 days] or an oversized JWT
   */
  public CreatedShare create(String credentialJwt, Duration lifetime) {
    Objects.requireNonNull(credentialJwt, "credentialJwt");
    if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new IllegalArgumentException("lifetime must be within 1 s and 365 days");
    }
    if (credentialJwt.length() > MAX_JWT_CHARS) {
      throw new IllegalArgumentException("credential too large");
    }
    Instant now = clock.instant();
    database.purgeEndedBefore(now.minus(KEEP_ENDED).toEpochMilli());
    database.wipeExpired(now.toEpochMilli());
    String id = crypto.newId();
    String token = crypto.newManageToken();
    byte[] nonce = crypto.newNonce();
    Instant expiresAt = now.plus(lifetime);
    database.insert(new ShareDatabase.Row(ShareCrypto.lookupKey(id), nonce,
        ShareCrypto.encrypt(id, nonce, credentialJwt), ShareCrypto.hashToken(token),
        now.toEpochMilli(), expiresAt.toEpochMilli(), Optional.empty()));
    return new CreatedShare(id, token, expiresAt);
  }

  public ShareLookup open(String id) {
    if (!ShareCrypto.isWellFormedId(id)) {
      return new ShareLookup.Missing();
    }
    String key = ShareCrypto.lookupKey(id);
    Optional<ShareDatabase.Row> found = database.find(key);
    if (found.isEmpty()) {
      return new ShareLookup.Missing();
    }
    ShareDatabase.Row row = found.get();
    if (row.revokedAt().isPresent()) {
      return new ShareLookup.Gone(ShareLookup.Reason.REVOKED);
    }
    if (clock.millis() >= row.expiresAt()) {
      if (row.ciphertext().length > 0) {
        database.wipe(key);
      }
      return new ShareLookup.Gone(ShareLookup.Reason.EXPIRED);
    }
    return ShareCrypto.decrypt(id, row.nonce(), row.ciphertext())
        .<ShareLookup>map(jwt -> new ShareLookup.Active(jwt, Instant.ofEpochMilli(row.expiresAt())))
        .orElseGet(ShareLookup.Missing::new);
  }

  public RevokeOutcome revoke(String id, String manageToken) {
    if (!ShareCrypto.isWellFormedId(id) || manageToken == null) {
      return RevokeOutcome.NOT_FOUND;
    }
    String key = ShareCrypto.lookupKey(id);
    Optional<ShareDatabase.Row> row = database.find(key);
    if (row.isEmpty()) {
      return RevokeOutcome.NOT_FOUND;
    }
    if (!ShareCrypto.tokenMatches(manageToken, row.get().manageTokenHash())) {
      return RevokeOutcome.FORBIDDEN;
    }
    database.revoke(key, clock.millis());
    return RevokeOutcome.REVOKED;
  }
}
