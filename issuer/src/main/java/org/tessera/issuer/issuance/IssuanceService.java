package org.tessera.issuer.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.achievements.AchievementService;
import org.tessera.issuer.achievements.LoadedAchievement;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.result.FieldError;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Page;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.AchievementCredential;
import org.tessera.shared.model.CredentialJson;
import org.tessera.shared.model.StatusEntry;
import org.tessera.shared.status.StatusPurpose;

/**
 * Awards an achievement: validate the request → build the credential (with the
 * {@code relatedResource} digests of the CMF context and schema) → check both schemas and the
 * JSON-LD terms → allocate status indexes, sign and store in one transaction.
 */
public final class IssuanceService {

  private static final Logger LOG = LoggerFactory.getLogger(IssuanceService.class);
  private static final int SALT_BYTES = 16;
  /** The HTTP header; also the field named when its value is refused. */
  public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

  private final Database db;
  private final AchievementService achievements;
  private final CredentialRepository credentials;
  private final CredentialChecks checks;
  private final CredentialWriter writer;
  private final IdempotencyRepository idempotency;
  private final IssuerIdentity identity;
  private final Clock clock;
  private final SecureRandom random;
  private final RelatedResources related = RelatedResources.bundled();

  public IssuanceService(Database db, AchievementService achievements,
      CredentialRepository credentials, CredentialChecks checks, CredentialWriter writer,
      IdempotencyRepository idempotency, IssuerIdentity identity, Clock clock,
      SecureRandom random) {
    this.db = Objects.requireNonNull(db, "db");
    this.achievements = Objects.requireNonNull(achievements, "achievements");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.checks = Objects.requireNonNull(checks, "checks");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
    this.identity = Objects.requireNonNull(identity, "identity");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** An issued credential's view; {@code replayed} when an earlier request made it. */
  public record Issued(JsonNode credential, boolean replayed) {
    public Issued {
      Objects.requireNonNull(credential, "credential");
    }
  }

  /**
   * Issues one credential. With an idempotency key, a repeat of the same body returns the
   * credential made the first time (also when that was on another node, or before a crash); a
   * different body under a used key is refused.
   */
  public Outcome<Issued> issue(JsonNode body, String actor, Optional<String> idempotencyKey) {
    if (idempotencyKey.isPresent() && !VALID_KEY.matcher(idempotencyKey.get()).matches()) {
      return Outcome.failed(Rejection.invalid(IDEMPOTENCY_HEADER,
          "1 to 255 visible ASCII characters"));
    }
    Optional<IdempotencyRecord> key = idempotencyKey.map(
        k -> new IdempotencyRecord(k, sha256Hex(Json.write(body))));
    if (key.isPresent()) {
      Optional<Outcome<Issued>> earlier = db.read(c -> replay(c, key.get()));
      if (earlier.isPresent()) {
        return earlier.get();
      }
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    return IssueRequestReader.read(body, now).then(request -> {
      Optional<LoadedAchievement> achievement = achievements.load(request.achievementId());
      if (achievement.isEmpty()) {
        return Outcome.failed(new Rejection(IssuerError.ACHIEVEMENT_NOT_FOUND, Optional.empty(),
            List.of(new FieldError("achievementId", "no such achievement"))));
      }
      try {
        return Outcome.ok(new Issued(issue(request, achievement.get(), now, actor, key), false));
      } catch (IdempotencyKeyTaken e) {
        // A concurrent request with this key won; ours rolled back. Answer with its result.
        return db.read(c -> replay(c, key.orElseThrow())).orElseThrow(
            () -> new IllegalStateException("idempotency key vanished after a conflict"));
      }
    });
  }

  private Optional<Outcome<Issued>> replay(Connection c, IdempotencyRecord key)
      throws SQLException {
    Optional<IdempotencyRepository.Stored> stored = idempotency.find(c, key.key());
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    if (!stored.get().record().requestHash().equals(key.requestHash())) {
      return Optional.of(Outcome.failed(Rejection.of(IssuerError.IDEMPOTENCY_KEY_REUSED)));
    }
    CredentialRow row = credentials.find(c, stored.get().credentialId())
        .orElseThrow(() -> new IllegalStateException("idempotency key without credential"));
    return Optional.of(Outcome.ok(new Issued(CredentialViews.of(row, true), true)));
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  private JsonNode issue(IssueRequest request, LoadedAchievement achievement, Instant now,
      String actor, Optional<IdempotencyRecord> key) {
    String uuid = UUID.randomUUID().toString();
    String subjectId = request.learner().did().orElse("urn:uuid:" + UUID.randomUUID());
    byte[] saltBytes = new byte[SALT_BYTES];
    random.nextBytes(saltBytes);
    String salt = HexFormat.of().formatHex(saltBytes);
    boolean suspension = achievement.suspensionEnabled();

    List<StatusEntry> placeholders = new ArrayList<>();
    placeholders.add(writer.placeholder(StatusPurpose.REVOCATION));
    if (suspension) {
      placeholders.add(writer.placeholder(StatusPurpose.SUSPENSION));
    }
    ObjectNode draft = json(CredentialFactory.build(request, achievement,
        identity, "urn:uuid:" + uuid, subjectId, salt, now, placeholders));
    List<FieldError> problems = checks.problems(draft);
    if (!problems.isEmpty()) {
      // A bug in our own credential building, not a client error: log paths only, no values.
      LOG.error("CREDENTIAL_CHECK_FAILED achievement={} problems={}", achievement.row().id(),
          problems.stream().map(FieldError::field).toList());
      throw new IllegalStateException("built credential failed its schema or term checks");
    }
    CredentialRow row = writer.write(uuid, Optional.of(achievement.row().id()), subjectId,
        suspension, entries -> credentialFor(request, achievement, uuid, subjectId, salt, now,
            entries), actor, key);
    LOG.info("issued jti=urn:uuid:{} kid={}", uuid, row.signingKid());
    return CredentialViews.of(row, true);
  }

  private ObjectNode credentialFor(IssueRequest request, LoadedAchievement achievement,
      String uuid, String subjectId, String salt, Instant now, List<StatusEntry> entries) {
    AchievementCredential credential = CredentialFactory.build(request, achievement, identity,
        "urn:uuid:" + uuid, subjectId, salt, now, entries);
    return json(credential);
  }

  /** The credential's JSON with the digests of the CMF context and schema it references. */
  private ObjectNode json(AchievementCredential credential) {
    ObjectNode json = CredentialJson.toJson(credential);
    related.attach(json, "").ifPresent(clash -> {
      throw new IllegalStateException("own credential clashes at " + clash.field());
    });
    return json;
  }

  public Outcome<JsonNode> find(String id) {
    return db.read(c -> credentials.find(c, id))
        .<Outcome<JsonNode>>map(row -> Outcome.ok(CredentialViews.of(row, true)))
        .orElse(Outcome.failed(Rejection.of(IssuerError.CREDENTIAL_NOT_FOUND)));
  }

  public JsonNode list(Page page) {
    ObjectNode json = Json.object();
    ArrayNode items = json.putArray("items");
    db.read(c -> credentials.list(c, page.limit(), page.offset()))
        .forEach(row -> items.add(CredentialViews.of(row, false)));
    json.put("total", db.read(credentials::count));
    json.put("limit", page.limit()).put("offset", page.offset());
    return json;
  }
}
