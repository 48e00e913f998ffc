package org.tessera.issuer.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.JsonFields;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.Scope;
import org.tessera.shared.json.Json;

/**
 * API tokens with roles. A token is 256 random bits (base64url, prefixed {@code tsk_}), shown
 * once at creation; only its SHA-256 is stored. The bootstrap token ({@code ISSUER_ADMIN_TOKEN})
 * is an admin that lives in the configuration, not the database. A token serves one institution
 * or, without one, the whole deployment; nobody can make a token wider than their own.
 */
public final class ApiTokens {

  static final String PREFIX = "tsk_";
  private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9 ._@-]{1,64}");
  private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

  private final Database db;
  private final TokenRepository tokens;
  private final Predicate<String> served;
  private final byte[] bootstrapHash;
  private final Clock clock;
  private final SecureRandom random;

  /**
   * @param served whether an institution id names an institution of the deployment (the
   *     default one included)
   */
  public ApiTokens(Database db, TokenRepository tokens, Predicate<String> served,
      String bootstrapToken, Clock clock, SecureRandom random) {
    this.db = Objects.requireNonNull(db, "db");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.served = Objects.requireNonNull(served, "served");
    this.bootstrapHash = sha256(Objects.requireNonNull(bootstrapToken, "bootstrapToken"));
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * The actor a presented bearer token stands for; empty for unknown or revoked tokens. The
   * bootstrap token is compared digest to digest in constant time; a database token is found
   * by its digest (an index lookup on a hash of 256 random bits reveals nothing useful) and the
   * digests are compared again in constant time.
   */
  public Optional<Actor> authenticate(String presented) {
    byte[] digest = sha256(presented);
    if (MessageDigest.isEqual(digest, bootstrapHash)) {
      return Optional.of(Actor.bootstrap());
    }
    if (!presented.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String hex = HexFormat.of().formatHex(digest);
    return db.read(c -> tokens.findByHash(c, hex))
        .filter(row -> MessageDigest.isEqual(
            HexFormat.of().parseHex(row.tokenHash()), digest))
        .filter(row -> row.revokedAt().isEmpty())
        .flatMap(row -> Role.fromWire(row.role()).map(role -> new Actor(row.id(), row.label(),
            role, row.institutionId().map(Scope::new))));
  }

  /**
   * Creates a token: the answer is the only place the token ever appears. It serves the
   * institution named in the body, else the one of {@code route} when that is not the default
   * institution, else the actor's (a deployment-wide actor makes a deployment-wide token).
   */
  public Outcome<JsonNode> create(JsonNode body, Actor actor, Scope route) {
    JsonFields f = new JsonFields();
    f.rejectUnknown(body, "", Set.of("label", "role", "institution"));
    Optional<String> label = f.text(body, "", "label", true, 64);
    if (label.isPresent() && !LABEL.matcher(label.get()).matches()) {
      f.error("label", "must be 1-64 letters, digits, spaces or . _ @ -");
    }
    Optional<String> roleName = f.text(body, "", "role", true, 16);
    Optional<Role> role = roleName.flatMap(Role::fromWire);
    if (roleName.isPresent() && role.isEmpty()) {
      f.error("role", "must be admin, registrar or auditor");
    }
    Optional<String> named = f.text(body, "", "institution", false, 64);
    if (named.isPresent() && !served.test(named.get())) {
      f.error("institution", "is not an institution of this deployment");
    } else if (named.isPresent() && !route.isDefault()
        && !named.get().equals(route.institutionId())) {
      f.error("institution", "must be " + route.institutionId() + " at this address");
    }
    if (!f.ok()) {
      return Outcome.failed(Rejection.invalid(f.errors()));
    }
    Optional<Scope> serves = named.map(Scope::new)
        .or(() -> route.isDefault() ? actor.institution() : Optional.of(route));
    if (actor.institution().isPresent() && !actor.institution().equals(serves)) {
      return Outcome.failed(Rejection.of(IssuerError.FORBIDDEN));
    }
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = clock.instant();
    TokenRow row = new TokenRow(UUID.randomUUID().toString(), label.get(),
        role.get().wireName(), HexFormat.of().formatHex(sha256(token)), now, actor.auditName(),
        Optional.empty(), serves.map(Scope::institutionId));
    db.inTransaction(c -> {
      tokens.insert(c, row);
      AuditLog.of(serves).record(c, AuditAction.TOKEN_CREATE, actor.auditName(), row.id(), now,
          Json.object().put("label", row.label()).put("role", row.role()));
      return null;
    });
    ObjectNode json = view(row);
    json.put("token", token);
    return Outcome.ok(json);
  }

  /** The tokens {@code view} shows (empty: every token), without secrets. */
  public JsonNode list(Optional<Scope> view) {
    ObjectNode json = Json.object();
    ArrayNode items = json.putArray("items");
    db.read(c -> tokens.list(c, view)).forEach(row -> items.add(view(row)));
    return json;
  }

  /**
   * Revokes a token at once: its next request is refused. A token outside {@code view} is
   * not found.
   */
  public Outcome<JsonNode> revoke(String id, Actor actor, Optional<Scope> view) {
    if (id == null || !ID.matcher(id).matches()) {
      return Outcome.failed(Rejection.of(IssuerError.TOKEN_NOT_FOUND));
    }
    Instant now = clock.instant();
    return db.inTransaction(c -> {
      Optional<TokenRow> row = tokens.find(c, id);
      Optional<Scope> serves = row.flatMap(TokenRow::institutionId).map(Scope::new);
      if (row.isEmpty() || (view.isPresent() && !view.equals(serves))
          || !tokens.revoke(c, id, now)) {
        return Outcome.failed(Rejection.of(IssuerError.TOKEN_NOT_FOUND));
      }
      AuditLog.of(serves).record(c, AuditAction.TOKEN_REVOKE, actor.auditName(), id, now);
      return Outcome.ok(view(tokens.find(c, id).orElseThrow()));
    });
  }

  private static ObjectNode view(TokenRow row) {
    ObjectNode json = Json.object();
    json.put("id", row.id());
    json.put("label", row.label());
    json.put("role", row.role());
    json.put("institution", row.institutionId().orElse(null));
    json.put("createdAt", row.createdAt().toString());
    json.put("createdBy", row.createdBy());
    row.revokedAt().ifPresent(t -> json.put("revokedAt", t.toString()));
    return json;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
