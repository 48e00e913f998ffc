package org.tessera.issuer.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.StoreException;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusListCredentialView;
import org.tessera.shared.status.StatusListCredentials;
import org.tessera.shared.status.StatusPurpose;

/**
 * Status lists: random index allocation without reuse, bit changes, and the signed form of each
 * list, re-signed when its bits change or when the key that signed it was withdrawn. Two kinds
 * share the table, the allocation and the bit handling and differ only in how they are signed:
 * W3C {@code BitstringStatusListCredential}s (one per purpose, for the OB 3.0 credentials) and
 * IETF Status List Tokens (purpose {@link #TOKEN_PURPOSE}, for the SD-JWT VCs). Methods taking a
 * {@link Connection} run inside the caller's transaction.
 */
public final class StatusListService {

  /** Entries per list: the spec's minimum, for herd privacy. */
  public static final int LIST_SIZE = BitstringStatusList.MIN_SIZE;
  /** A list stops taking new credentials at this fill, so random probes stay cheap. */
  static final double FILL_LIMIT = 0.75;
  private static final int MAX_PROBES = 200;
  private static final int MAX_UPDATE_RETRIES = 5;
  /** The stored purpose of Token Status Lists (revocation of SD-JWT VCs, {@code bits: 1}). */
  public static final String TOKEN_PURPOSE = "token-status";
  /** The media type of a served Status List Token. */
  public static final String TOKEN_MEDIA_TYPE = StatusListToken.MEDIA_TYPE;

  private final Database db;
  private final StatusListRepository lists;
  private final KeyRing keys;
  private final String issuerDid;
  private final String baseUrl;
  private final Duration ttl;
  private final Clock clock;
  private final SecureRandom random;

  public StatusListService(Database db, StatusListRepository lists, KeyRing keys,
      String issuerDid, String baseUrl, Duration ttl, Clock clock, SecureRandom random) {
    this.db = Objects.requireNonNull(db, "db");
    this.lists = Objects.requireNonNull(lists, "lists");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.issuerDid = Objects.requireNonNull(issuerDid, "issuerDid");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The URL a list is served at; also its credential id and {@code statusListCredential}. */
  public String listUrl(String listId) {
    return baseUrl + "/status/" + listId;
  }

  /** The URL a Token Status List is served at; also its token's {@code sub}. */
  public String tokenListUrl(String listId) {
    return baseUrl + "/token-status/" + listId;
  }

  /** The signed Bitstring list credential as stored, for serving. */
  public Optional<StatusListRow> published(String listId) {
    return db.read(c -> lists.find(c, listId)).filter(row -> !isToken(row));
  }

  /** The signed Status List Token as stored, for serving. */
  public Optional<StatusListRow> publishedToken(String listId) {
    return db.read(c -> lists.find(c, listId)).filter(StatusListService::isToken);
  }

  /**
   * Claims a random free index for {@code credentialId} in an open list of {@code purpose},
   * opening a new list when none has room. The primary key of the allocation table settles
   * races, so an index is never handed out twice.
   */
  public StatusRef allocate(Connection c, StatusPurpose purpose, String credentialId)
      throws SQLException {
    return allocate(c, purpose.value(), credentialId);
  }

  /** As {@link #allocate(Connection, StatusPurpose, String)}, in a Token Status List. */
  public StatusRef allocateToken(Connection c, String credentialId) throws SQLException {
    return allocate(c, TOKEN_PURPOSE, credentialId);
  }

  private StatusRef allocate(Connection c, String purpose, String credentialId)
      throws SQLException {
    Optional<StatusListRow> open = lists.findOpen(c, purpose, FILL_LIMIT);
    if (open.isEmpty()) {
      // Re-check under the lock: another node may just have opened one.
      lists.lockListOpening(c, purpose);
      open = lists.findOpen(c, purpose, FILL_LIMIT);
    }
    StatusListRow list = open.isPresent() ? open.get() : open(c, purpose);
    for (int probe = 0; probe < MAX_PROBES; probe++) {
      int index = random.nextInt(list.size());
      if (lists.tryAllocate(c, list.id(), index, credentialId)) {
        return new StatusRef(list.id(), index);
      }
    }
    throw new StoreException("no free status index found in list " + list.id());
  }

  /**
   * Sets one bit and re-signs its list; a no-op when the bit already has that value. The list
   * row is locked while read, changed and re-signed, so two nodes flipping bits of one list
   * never lose each other's change; the version check stays as a second guard.
   */
  public void setBit(Connection c, StatusRef ref, boolean value) throws SQLException {
    for (int attempt = 0; attempt < MAX_UPDATE_RETRIES; attempt++) {
      StatusListRow row = lists.findForUpdate(c, ref.listId())
          .orElseThrow(() -> new StoreException("status list missing: " + ref.listId()));
      BitstringStatusList bits = BitstringStatusList.decode(row.encodedList(), row.size() / 8);
      if (bits.get(ref.index()) == value) {
        return;
      }
      String encoded = bits.with(ref.index(), value).encode();
      String jwt = sign(row, encoded, keys.active());
      if (lists.update(c, row.id(), row.version(), encoded, jwt, etag(jwt), clock.instant())) {
        return;
      }
    }
    throw new StoreException("status list kept changing: " + ref.listId());
  }

  /**
   * Re-signs with {@code active}, bits unchanged, every list not signed by it: after a key was
   * compromised or retired, no served list may stay signed by it (verifiers refuse a list signed
   * by a compromised key, whatever its date). One transaction per list, under its row lock and
   * version check like {@link #setBit}, so a concurrent bit change on another node is never
   * lost; running it again, here or on another node, changes nothing.
   *
   * @param active the active key of the key states just read
   * @return how many lists were re-signed
   */
  public int resignWith(SigningKey active) {
    int resigned = 0;
    for (String listId : db.read(lists::ids)) {
      if (db.inTransaction(c -> resign(c, listId, active))) {
        resigned++;
      }
    }
    return resigned;
  }

  private boolean resign(Connection c, String listId, SigningKey active) throws SQLException {
    for (int attempt = 0; attempt < MAX_UPDATE_RETRIES; attempt++) {
      Optional<StatusListRow> found = lists.findForUpdate(c, listId);
      if (found.isEmpty() || signedBy(found.get(), active)) {
        return false;
      }
      StatusListRow row = found.get();
      String jwt = sign(row, row.encodedList(), active);
      if (lists.update(c, row.id(), row.version(), row.encodedList(), jwt, etag(jwt),
          clock.instant())) {
        return true;
      }
    }
    throw new StoreException("status list kept changing: " + listId);
  }

  /** Whether the stored list carries {@code key}'s kid; an unreadable one is re-signed. */
  private static boolean signedBy(StatusListRow row, SigningKey key) {
    int dot = row.signedJwt().indexOf('.');
    return dot > 0 && CredentialJwt.decodeJson(row.signedJwt().substring(0, dot))
        .map(header -> header.path("kid").asText()).filter(key.kid()::equals).isPresent();
  }

  /** Whether the bit at {@code ref} is set, read from the stored list. */
  public boolean bit(Connection c, StatusRef ref) throws SQLException {
    StatusListRow row = lists.find(c, ref.listId())
        .orElseThrow(() -> new StoreException("status list missing: " + ref.listId()));
    return BitstringStatusList.decode(row.encodedList(), row.size() / 8).get(ref.index());
  }

  private StatusListRow open(Connection c, String purpose) throws SQLException {
    String id = UUID.randomUUID().toString();
    String encoded = BitstringStatusList.create(LIST_SIZE).encode();
    Instant now = clock.instant();
    String jwt = sign(id, purpose, LIST_SIZE, encoded, keys.active());
    StatusListRow row = new StatusListRow(id, purpose, LIST_SIZE, 0, encoded, jwt, etag(jwt), 0,
        now, now);
    lists.insert(c, row);
    return row;
  }

  private static boolean isToken(StatusListRow row) {
    return TOKEN_PURPOSE.equals(row.purpose());
  }

  private String sign(StatusListRow row, String encoded, SigningKey key) {
    return sign(row.id(), row.purpose(), row.size(), encoded, key);
  }

  /** The list's signed form, by its kind. */
  private String sign(String listId, String purpose, int size, String encoded, SigningKey key) {
    if (TOKEN_PURPOSE.equals(purpose)) {
      return StatusListToken.sign(baseUrl, tokenListUrl(listId),
          BitstringStatusList.decode(encoded, size / 8), ttl,
          clock.instant().truncatedTo(ChronoUnit.SECONDS), key);
    }
    StatusPurpose bitstring = StatusPurpose.fromValue(purpose)
        .orElseThrow(() -> new StoreException("unknown status purpose in list " + listId));
    return sign(listId, bitstring, encoded, key);
  }

  private String sign(String listId, StatusPurpose purpose, String encoded, SigningKey key) {
    // No validUntil: the list stays valid until re-signed, so it never lapses between changes.
    Instant validFrom = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    ObjectNode credential = StatusListCredentials.toJson(new StatusListCredentialView(
        listUrl(listId), issuerDid, purpose, encoded, Optional.of(ttl.toMillis()), validFrom,
        Optional.empty()));
    return key.sign(credential);
  }

  /** A strong ETag derived from the signed JWT. */
  static String etag(String jwt) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(jwt.getBytes(StandardCharsets.US_ASCII));
      return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest)
          .substring(0, 27) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
