package org.tessera.issuer.achievements;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Page;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.Achievement;

/** The catalogue of micro-credentials the issuer awards. */
public final class AchievementService {

  private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  private final Database db;
  private final AchievementRepository achievements;
  private final AuditLog audit;
  private final IssuerIdentity identity;
  private final Clock clock;

  public AchievementService(Database db, AchievementRepository achievements,
      AuditLog audit, IssuerIdentity identity, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.achievements = Objects.requireNonNull(achievements, "achievements");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.identity = Objects.requireNonNull(identity, "identity");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The public IRI of an achievement: also where its JSON is served. */
  public String iri(String id) {
    return identity.baseUrl() + "/achievements/" + id;
  }

  /** Validates and stores a definition; the answer carries the public achievement JSON. */
  public Outcome<JsonNode> create(JsonNode body, String actor) {
    return AchievementDefinitionReader.read(body).then(definition -> {
      String id = UUID.randomUUID().toString();
      Achievement model;
      try {
        model = AchievementMapper.toModel(iri(id), definition, identity.profile());
      } catch (IllegalArgumentException e) {
        // The reader should have caught it; the model's message names the field, not the value.
        return Outcome.failed(Rejection.invalid(fieldOf(e), "is not accepted by the model"));
      }
      Instant now = clock.instant();
      AchievementRow row = new AchievementRow(id, Json.write(body), definition.suspension(), now);
      db.inTransaction(c -> {
        achievements.insert(c, row);
        audit.record(c, AuditAction.ACHIEVEMENT_CREATE, actor, id, now);
        return null;
      });
      return Outcome.ok(summary(new LoadedAchievement(row, definition, model)));
    });
  }

  public Outcome<JsonNode> find(String id) {
    return load(id).<Outcome<JsonNode>>map(a -> Outcome.ok(summary(a)))
        .orElse(Outcome.failed(Rejection.of(IssuerError.ACHIEVEMENT_NOT_FOUND)));
  }

  public Outcome<JsonNode> publicJson(String id) {
    return load(id).<Outcome<JsonNode>>map(a -> Outcome.ok(AchievementMapper.toJson(
            a.achievement())))
        .orElse(Outcome.failed(Rejection.of(IssuerError.ACHIEVEMENT_NOT_FOUND)));
  }

  public JsonNode list(Page page) {
    ObjectNode json = Json.object();
    ArrayNode items = json.putArray("items");
    db.read(c -> achievements.list(c, page.limit(), page.offset()))
        .forEach(row -> items.add(summary(loaded(row))));
    json.put("limit", page.limit()).put("offset", page.offset());
    return json;
  }

  /** A stored achievement; empty for unknown (or malformed) ids. */
  public Optional<LoadedAchievement> load(String id) {
    if (id == null || !UUID_TEXT.matcher(id).matches()) {
      return Optional.empty();
    }
    return db.read(c -> achievements.find(c, id)).map(this::loaded);
  }

  private LoadedAchievement loaded(AchievementRow row) {
    JsonNode stored = Json.parseUntrusted(row.definitionJson())
        .orElseThrow(() -> new IllegalStateException("stored definition is not JSON"));
    AchievementDefinition definition = AchievementDefinitionReader.read(stored).toOptional()
        .orElseThrow(() -> new IllegalStateException("stored definition no longer valid"));
    return new LoadedAchievement(row, definition,
        AchievementMapper.toModel(iri(row.id()), definition, identity.profile()));
  }

  private ObjectNode summary(LoadedAchievement a) {
    ObjectNode json = Json.object();
    json.put("id", a.row().id());
    json.put("url", iri(a.row().id()));
    json.put("suspension", a.suspensionEnabled());
    json.put("createdAt", a.row().createdAt().toString());
    json.set("achievement", AchievementMapper.toJson(a.achievement()));
    return json;
  }

  private static String fieldOf(IllegalArgumentException e) {
    String message = Optional.ofNullable(e.getMessage()).orElse("");
    int colon = message.indexOf(':');
    return colon > 0 ? message.substring(0, colon) : "";
  }
}
