package org.tessera.issuer.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.tessera.issuer.achievements.AchievementService;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.issuance.CredentialChecks;
import org.tessera.issuer.issuance.CredentialRow;
import org.tessera.issuer.issuance.CredentialWriter;
import org.tessera.issuer.issuance.RelatedResources;
import org.tessera.issuer.result.FieldError;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.CredentialJson;
import org.tessera.shared.model.KnownUrls;
import org.tessera.shared.model.StatusEntry;
import org.tessera.shared.status.StatusPurpose;

/**
 * W3C VC-API {@code POST /credentials/issue}: signs a caller-supplied credential after the same
 * checks as our own (model, both schemas, JSON-LD terms). The issuer, the achievement and the
 * issuance date are the institution's ({@link IssuerControlledFields}); the credential gets our
 * revocation entry; it is answered as an {@code EnvelopedVerifiableCredential}.
 */
public final class VcApiService {

  private static final Pattern URN_UUID = Pattern.compile(
      "urn:uuid:([0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12})");

  private final CredentialChecks checks;
  private final CredentialWriter writer;
  private final IssuerControlledFields issuerFields;
  private final RelatedResources related = RelatedResources.bundled();

  public VcApiService(CredentialChecks checks, CredentialWriter writer, IssuerIdentity identity,
      AchievementService catalogue, Clock clock) {
    this.checks = Objects.requireNonNull(checks, "checks");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.issuerFields = new IssuerControlledFields(identity, catalogue, clock);
  }

  public Outcome<JsonNode> issue(JsonNode body, String actor) {
    JsonNode input = body.get("credential");
    if (input == null || !input.isObject()) {
      return invalid("credential", "must be a credential object");
    }
    JsonNode options = body.get("options");
    if (options != null && !options.isObject()) {
      return invalid("options", "must be an object");
    }
    ObjectNode credential = ((ObjectNode) input).deepCopy();
    if (credential.has("credentialStatus")) {
      return invalid("credential.credentialStatus", "is assigned by the issuer");
    }
    String uuid;
    if (credential.has("id")) {
      var matcher = URN_UUID.matcher(credential.path("id").asText());
      if (!matcher.matches()) {
        return invalid("credential.id", "must be a lower-case urn:uuid: or absent");
      }
      uuid = matcher.group(1);
    } else {
      uuid = UUID.randomUUID().toString();
      credential.put("id", "urn:uuid:" + uuid);
    }
    Optional<FieldError> refused = issuerFields.fill(credential)
        .or(() -> related.attach(credential, "credential."));
    if (refused.isPresent()) {
      return Outcome.failed(Rejection.invalid(List.of(refused.get())));
    }
    credential.set("credentialStatus",
        statusJson(writer.placeholder(StatusPurpose.REVOCATION)));
    try {
      CredentialJson.fromJson(credential);
    } catch (IllegalArgumentException e) {
      return invalid("credential", Optional.ofNullable(e.getMessage()).orElse("not accepted"));
    }
    List<FieldError> problems = checks.problems(credential).stream()
        .map(p -> new FieldError(underCredential(p.field()), p.message()))
        .toList();
    if (!problems.isEmpty()) {
      return Outcome.failed(Rejection.invalid(problems));
    }
    String subjectId = credential.path("credentialSubject").path("id").asText("");
    CredentialRow row = writer.write(uuid, Optional.empty(), subjectId, false, entries -> {
      ObjectNode signed = credential.deepCopy();
      signed.set("credentialStatus", statusJson(entries.get(0)));
      return signed;
    }, actor, Optional.empty());
    ObjectNode envelope = Json.object();
    ObjectNode vc = envelope.putObject("verifiableCredential");
    vc.put("@context", KnownUrls.VC_V2_CONTEXT);
    vc.put("type", "EnvelopedVerifiableCredential");
    vc.put("id", "data:application/vc+jwt," + row.jwt());
    return Outcome.ok(envelope);
  }

  /** The record's components are exactly the entry's JSON members. */
  private static ObjectNode statusJson(StatusEntry entry) {
    return Json.mapper().valueToTree(entry);
  }

  /** {@code $.a.b}, {@code /a/b} or {@code a} → {@code credential.a.b}. */
  private static String underCredential(String path) {
    String p = path.replaceFirst("^\\$", "").replace('/', '.').replaceFirst("^\\.", "");
    return p.isEmpty() || p.equals("credential") ? "credential" : "credential." + p;
  }

  private static Outcome<JsonNode> invalid(String field, String message) {
    return Outcome.failed(Rejection.invalid(field, message));
  }
}
