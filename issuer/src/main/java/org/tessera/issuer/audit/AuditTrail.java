package org.tessera.issuer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.tessera.issuer.result.JsonFields;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Page;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.Scope;
import org.tessera.shared.json.Json;

/** Reads, exports and verifies the hash-chained audit trail (the auditor's view). */
public final class AuditTrail {

  private static final int BATCH = 1_000;

  private final Database db;
  private final EventRepository events;

  public AuditTrail(Database db, EventRepository events) {
    this.db = Objects.requireNonNull(db, "db");
    this.events = Objects.requireNonNull(events, "events");
  }

  /** Chains rows written before the chain existed; called once at start-up. */
  public int chainLegacyRows() {
    return db.inTransaction(events::chainLegacyRows);
  }

  /**
   * A page of events, newest first; {@code action}, {@code from}, {@code to} filter, and only
   * the events {@code view} shows (one institution's; empty: the whole deployment's).
   */
  public Outcome<JsonNode> query(Optional<Scope> view, Optional<String> action,
      Optional<String> from,
      Optional<String> to, Optional<String> limit, Optional<String> offset) {
    JsonFields f = new JsonFields();
    if (action.isPresent() && Arrays.stream(AuditAction.values())
        .noneMatch(a -> a.name().equals(action.get()))) {
      f.error("action", "must be one of " + Arrays.toString(AuditAction.values()));
    }
    Optional<Instant> fromTime = instant(from, "from", f);
    Optional<Instant> toTime = instant(to, "to", f);
    Outcome<Page> page = Page.parse(limit.orElse(null), offset.orElse(null));
    if (!f.ok()) {
      return Outcome.failed(Rejection.invalid(f.errors()));
    }
    return page.map(p -> {
      List<ChainedEvent> rows = db.read(c -> events.query(c, view, action, fromTime, toTime,
          p.limit(), p.offset()));
      ObjectNode json = Json.object();
      ArrayNode items = json.putArray("items");
      rows.forEach(row -> items.add(toJson(row)));
      json.put("limit", p.limit()).put("offset", p.offset());
      return json;
    });
  }

  /**
   * Writes every chained row {@code view} shows, in chain order, one JSON object per line. An
   * institution's export leaves out other institutions' rows: each row's hash can still be
   * recomputed from its content and prevHash, the links across left-out rows cannot.
   */
  public void export(Optional<Scope> view, Consumer<String> line) {
    long headSeq = db.read(events::head).seq();
    long after = 0;
    while (true) {
      long from = after;
      List<ChainedEvent> rows = db.read(c -> events.chainAfter(c, from, headSeq, BATCH,
          view));
      if (rows.isEmpty()) {
        return;
      }
      rows.forEach(row -> line.accept(Json.write(toJson(row))));
      after = rows.get(rows.size() - 1).seq();
    }
  }

  /**
   * Recomputes the chain up to the committed head: {@code {valid, checkedRows, headSeq,
   * firstBrokenRow?, unchainedRows?}}. The first broken row is the first seq whose row is
   * missing, out of order, or whose hash does not match its content and predecessor.
   */
  public JsonNode verify() {
    EventRepository.Head head = db.read(events::head);
    String prev = EventChain.GENESIS;
    long expected = 1;
    Optional<Long> broken = Optional.empty();
    while (broken.isEmpty() && expected <= head.seq()) {
      long after = expected - 1;
      List<ChainedEvent> rows = db.read(c -> events.chainAfter(c, after, head.seq(), BATCH));
      if (rows.isEmpty()) {
        broken = Optional.of(expected);
        break;
      }
      for (ChainedEvent row : rows) {
        if (row.seq() != expected || !row.prevHash().equals(prev)
            || !row.hash().equals(row.expectedHash())) {
          broken = Optional.of(expected);
          break;
        }
        prev = row.hash();
        expected++;
      }
    }
    if (broken.isEmpty() && !prev.equals(head.hash())) {
      broken = Optional.of(head.seq());
    }
    long unchained = db.read(events::unchainedCount);
    ObjectNode json = Json.object();
    json.put("valid", broken.isEmpty() && unchained == 0);
    json.put("checkedRows", expected - 1);
    json.put("headSeq", head.seq());
    broken.ifPresent(seq -> json.put("firstBrokenRow", seq));
    if (unchained > 0) {
      json.put("unchainedRows", unchained);
    }
    return json;
  }

  private static ObjectNode toJson(ChainedEvent row) {
    ObjectNode json = Json.object();
    json.put("seq", row.seq());
    json.put("id", row.id());
    json.put("action", row.action());
    json.put("actor", row.actor());
    row.targetId().ifPresent(t -> json.put("target", t));
    row.institutionId().ifPresent(i -> json.put("institution", i));
    json.put("at", Instant.ofEpochMilli(row.atMillis()).toString());
    row.detail().flatMap(Json::parseUntrusted).ifPresent(d -> json.set("detail", d));
    json.put("prevHash", row.prevHash());
    json.put("hash", row.hash());
    return json;
  }

  private static Optional<Instant> instant(Optional<String> raw, String name, JsonFields f) {
    if (raw.isEmpty() || raw.get().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(raw.get()));
    } catch (DateTimeParseException e) {
      f.error(name, "must be an ISO 8601 instant, e.g. 2026-01-01T00:00:00Z");
      return Optional.empty();
    }
  }
}
