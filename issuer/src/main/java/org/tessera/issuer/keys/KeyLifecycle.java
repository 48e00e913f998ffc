package org.tessera.issuer.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.JsonFields;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.StoreException;
import org.tessera.shared.json.Json;

/**
 * Key lifecycle: rotation (activate another key; the old one stays published), retirement and
 * compromise from an instant. The state lives in the database, shared by every issuer node;
 * each node re-reads it at most every {@code refresh} (on the next request) and at once after a
 * change it made itself. Every change is an audit event. Key material never passes through here.
 * When a node first sees a key retired or compromised (its own change, another node's, or at
 * start-up) it has the status lists re-signed with the active key.
 */
public final class KeyLifecycle {

  /** The actor of changes made at start-up (new key files, the first active key). */
  public static final String STARTUP_ACTOR = "issuer start-up";

  private static final Logger LOG = LoggerFactory.getLogger(KeyLifecycle.class);

  private final Database db;
  private final KeyStateRepository states;
  private final AuditLog audit;
  private final KeyRing ring;
  private final Clock clock;
  private final Duration refresh;
  private final ToIntFunction<SigningKey> resignStatusLists;
  private volatile Instant loadedAt = Instant.MIN;
  /** Serialises read-and-apply: a slow reader must not apply its older view over a newer one. */
  private final Object reloadLock = new Object();
  /** Withdrawn keys whose status lists this node has had re-signed; guarded by {@code this}. */
  private Set<String> resignedFor = Set.of();

  /**
   * @param resignStatusLists re-signs every status list not signed by the given (active) key
   *     with it, returning how many it changed; must be safe to run on several nodes at once
   */
  public KeyLifecycle(Database db, KeyStateRepository states, AuditLog audit,
      KeyRing ring, Clock clock, Duration refresh,
      ToIntFunction<SigningKey> resignStatusLists) {
    this.db = Objects.requireNonNull(db, "db");
    this.states = Objects.requireNonNull(states, "states");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.ring = Objects.requireNonNull(ring, "ring");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refresh = Objects.requireNonNull(refresh, "refresh");
    this.resignStatusLists = Objects.requireNonNull(resignStatusLists, "resignStatusLists");
  }

  /**
   * Registers new key files as {@code STANDBY} and, on a fresh database, makes the configured
   * key active. Afterwards the database decides which key signs.
   *
   * @throws ConfigException when the active key of the database is not among the key files
   */
  public void initialize() {
    db.inTransaction(c -> {
      audit.lockChain(c);
      Map<String, KeyStateRow> known = byKeyId(states.all(c));
      Instant now = clock.instant();
      for (SigningKey key : ring.keys()) {
        if (!known.containsKey(key.keyId())) {
          KeyStateRow row = new KeyStateRow(key.keyId(), KeyState.STANDBY.name(),
              Optional.empty(), now);
          states.save(c, row);
          known.put(key.keyId(), row);
          audit.record(c, AuditAction.KEY_REGISTER, STARTUP_ACTOR, key.keyId(), clock.instant());
        }
      }
      boolean anyActive = known.values().stream()
          .anyMatch(r -> r.state().equals(KeyState.ACTIVE.name()));
      if (!anyActive) {
        String first = ring.configuredActive().keyId();
        if (!known.get(first).state().equals(KeyState.STANDBY.name())) {
          throw new ConfigException(List.of("ISSUER_SIGNING_KEY: key '" + first + "' is "
              + known.get(first).state().toLowerCase(Locale.ROOT)
              + "; activate another key through the admin API"));
        }
        states.save(c, new KeyStateRow(first, KeyState.ACTIVE.name(), Optional.empty(), now));
        audit.record(c, AuditAction.KEY_ACTIVATE, STARTUP_ACTOR, first, clock.instant());
      }
      return null;
    });
    reload(true);
    if (!ring.active().keyId().equals(ring.configuredActive().keyId())) {
      LOG.warn("key {} is active by the key state in the database; ISSUER_SIGNING_KEY ({})"
          + " only chooses the first active key", ring.active().keyId(),
          ring.configuredActive().keyId());
    }
  }

  /** Re-reads the key states if the last read is older than the refresh interval. */
  public void refreshIfStale() {
    if (stale()) {
      synchronized (reloadLock) {
        if (stale()) { // another thread may have reloaded while this one waited
          reloadLocked(false);
        }
      }
    }
  }

  /** Every published key with its state (public parts only). */
  public JsonNode list() {
    reload(false);
    Map<String, KeyStateRow> known = byKeyId(db.read(states::all));
    ObjectNode json = Json.object();
    ArrayNode items = json.putArray("items");
    for (SigningKey key : ring.keys()) {
      KeyStateRow row = known.get(key.keyId());
      ObjectNode item = items.addObject();
      item.put("keyId", key.keyId());
      item.put("kid", key.kid());
      item.put("alg", key.algorithm().toString());
      item.put("state", row.state().toLowerCase(Locale.ROOT));
      row.compromisedSince().ifPresent(t -> item.put("compromisedSince", t.toString()));
      item.put("updatedAt", row.updatedAt().toString());
      item.set("publicJwk", Json.parseUntrusted(key.publicJwk().toJSONString()).orElseThrow());
    }
    return json;
  }

  /** Makes {@code keyId} the signing key; the previous one becomes {@code STANDBY}. */
  public Outcome<JsonNode> activate(String keyId, String actor) {
    return change(keyId, actor, (c, row, now) -> {
      KeyState state = KeyState.valueOf(row.state());
      if (state == KeyState.RETIRED) {
        return Optional.of(Rejection.of(IssuerError.KEY_RETIRED));
      }
      if (state == KeyState.COMPROMISED) {
        return Optional.of(Rejection.of(IssuerError.KEY_COMPROMISED));
      }
      if (state == KeyState.ACTIVE) {
        return Optional.empty();
      }
      for (KeyStateRow other : states.all(c)) {
        if (other.state().equals(KeyState.ACTIVE.name())) {
          states.save(c, new KeyStateRow(other.keyId(), KeyState.STANDBY.name(),
              Optional.empty(), now));
        }
      }
      states.save(c, new KeyStateRow(keyId, KeyState.ACTIVE.name(), Optional.empty(), now));
      audit.record(c, AuditAction.KEY_ACTIVATE, actor, keyId, clock.instant());
      return Optional.empty();
    });
  }

  /** Retires a key: still published (what it signed stays valid), never signs again. */
  public Outcome<JsonNode> retire(String keyId, String actor) {
    return change(keyId, actor, (c, row, now) -> {
      KeyState state = KeyState.valueOf(row.state());
      if (state == KeyState.ACTIVE) {
        return Optional.of(Rejection.of(IssuerError.KEY_IS_ACTIVE));
      }
      if (state == KeyState.COMPROMISED) {
        return Optional.of(Rejection.of(IssuerError.KEY_COMPROMISED));
      }
      if (state == KeyState.STANDBY) {
        states.save(c, new KeyStateRow(keyId, KeyState.RETIRED.name(), Optional.empty(), now));
        audit.record(c, AuditAction.KEY_RETIRE, actor, keyId, clock.instant());
      }
      return Optional.empty();
    });
  }

  /**
   * Marks a key compromised from {@code since} (not in the future). A later call may move the
   * instant earlier, never later. The active key must be replaced first.
   */
  public Outcome<JsonNode> compromise(String keyId, JsonNode body, String actor) {
    JsonFields f = new JsonFields();
    f.rejectUnknown(body, "", Set.of("since"));
    Optional<Instant> since = f.text(body, "", "since", true, 64).flatMap(raw -> {
      try {
        return Optional.of(Instant.parse(raw));
      } catch (DateTimeParseException e) {
        f.error("since", "must be an ISO 8601 instant, e.g. 2026-01-01T00:00:00Z");
        return Optional.empty();
      }
    });
    if (since.isPresent() && since.get().isAfter(clock.instant())) {
      f.error("since", "must not be in the future");
    }
    if (!f.ok()) {
      return Outcome.failed(Rejection.invalid(f.errors()));
    }
    return change(keyId, actor, (c, row, now) -> {
      KeyState state = KeyState.valueOf(row.state());
      if (state == KeyState.ACTIVE) {
        return Optional.of(Rejection.of(IssuerError.KEY_IS_ACTIVE));
      }
      Instant effective = row.compromisedSince().filter(t -> t.isBefore(since.get()))
          .orElse(since.get());
      states.save(c, new KeyStateRow(keyId, KeyState.COMPROMISED.name(),
          Optional.of(effective), now));
      audit.record(c, AuditAction.KEY_COMPROMISE, actor, keyId, clock.instant(),
          Json.object().put("since", effective.toString()));
      return Optional.empty();
    });
  }

  @FunctionalInterface
  private interface Change {
    Optional<Rejection> apply(Connection c, KeyStateRow row, Instant now) throws SQLException;
  }

  private Outcome<JsonNode> change(String keyId, String actor, Change change) {
    if (ring.find(keyId).isEmpty()) {
      return Outcome.failed(Rejection.of(IssuerError.KEY_NOT_FOUND));
    }
    Optional<Rejection> refused = db.inTransaction(c -> {
      audit.lockChain(c);
      Optional<KeyStateRow> row = Optional.ofNullable(byKeyId(states.all(c)).get(keyId));
      if (row.isEmpty()) {
        return Optional.of(Rejection.of(IssuerError.KEY_NOT_FOUND));
      }
      return change.apply(c, row.get(), clock.instant());
    });
    if (refused.isPresent()) {
      return Outcome.failed(refused.get());
    }
    return Outcome.ok(list());
  }

  /**
   * Reads the key states into the ring. At start-up ({@code strict}) an active key without its
   * key file is a configuration error; later (another node activated a key this node lacks) the
   * node keeps its view and says so in the log, rather than failing every request.
   */
  private boolean stale() {
    return clock.instant().isAfter(loadedAt.plus(refresh));
  }

  private void reload(boolean strict) {
    synchronized (reloadLock) {
      reloadLocked(strict);
    }
  }

  private void reloadLocked(boolean strict) {
    List<KeyStateRow> rows = db.read(states::all);
    Map<String, Instant> compromised = new HashMap<>();
    Set<String> withdrawn = new HashSet<>();
    Optional<SigningKey> active = Optional.empty();
    for (KeyStateRow row : rows) {
      Optional<SigningKey> key = ring.find(row.keyId());
      if (row.state().equals(KeyState.RETIRED.name())
          || row.state().equals(KeyState.COMPROMISED.name())) {
        withdrawn.add(row.keyId());
      }
      row.compromisedSince().filter(t -> key.isPresent())
          .ifPresent(t -> compromised.put(row.keyId(), t));
      if (row.state().equals(KeyState.ACTIVE.name())) {
        active = key;
        if (key.isEmpty()) {
          String problem = "ISSUER_KEYS: the active key '" + row.keyId()
              + "' (database key state) is not among this node's key files";
          if (strict) {
            throw new ConfigException(List.of(problem));
          }
          LOG.error("{}; keeping key {}", problem, ring.active().keyId());
        }
      }
    }
    loadedAt = clock.instant();
    if (active.isEmpty()) {
      LOG.error("no active key in the database key states; keeping key {}",
          ring.active().keyId());
      return;
    }
    ring.apply(active.get(), compromised);
    resignIfNewlyWithdrawn(withdrawn, active.get());
  }

  /**
   * Re-signs the status lists once per newly withdrawn key, with the active key of the key states
   * just read (never with a stale view, nor one another thread applies meanwhile). A failure is
   * logged and retried on the next read of the key states; until then verifiers refuse the
   * affected lists (fail closed).
   */
  private synchronized void resignIfNewlyWithdrawn(Set<String> withdrawn, SigningKey active) {
    if (resignedFor.containsAll(withdrawn)) {
      return;
    }
    try {
      int resigned = resignStatusLists.applyAsInt(active);
      resignedFor = Set.copyOf(withdrawn);
      LOG.info("re-signed {} status lists with key {} (withdrawn keys: {})", resigned,
          active.keyId(), resignedFor);
    } catch (StoreException e) {
      LOG.error("re-signing the status lists after a key withdrawal failed; retried on the"
          + " next key state read", e);
    }
  }


  private static Map<String, KeyStateRow> byKeyId(List<KeyStateRow> rows) {
    Map<String, KeyStateRow> map = new HashMap<>();
    rows.forEach(r -> map.put(r.keyId(), r));
    return map;
  }
}
