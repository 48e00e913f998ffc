package org.tessera.shared.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.cmf.Assessment;
import org.tessera.shared.model.cmf.CreditPoint;
import org.tessera.shared.model.cmf.LearningOutcome;
import org.tessera.shared.model.cmf.MicroCredentialProfile;
import org.tessera.shared.model.cmf.QualityAssurance;

/**
 * The JSON form of an {@link AchievementCredential} (DESIGN §3, docs/cmf-extension.md).
 * Writing: {@code type} arrays where the OB 3.0 schema wants arrays, a single
 * {@code credentialStatus} object for one entry and an array for two, dates as
 * {@code yyyy-MM-ddTHH:mm:ssZ}, absent optionals and empty lists omitted (never null). Reading
 * ({@link #fromJson}) accepts the same shape and what other OB 3.0 issuers write.
 */
public final class CredentialJson {

  private CredentialJson() {}

  public static ObjectNode toJson(AchievementCredential credential) {
    ObjectNode json = Json.object();
    strings(json, "@context", credential.contexts());
    json.put("id", credential.id());
    strings(json, "type", credential.type());
    json.put("name", credential.name());
    credential.description().ifPresent(d -> json.put("description", d));
    credential.image().ifPresent(i -> json.set("image", image(i)));
    json.set("issuer", profile(credential.issuer()));
    json.put("validFrom", date(credential.validFrom()));
    credential.validUntil().ifPresent(d -> json.put("validUntil", date(d)));
    json.set("credentialSubject", subject(credential.credentialSubject()));
    List<StatusEntry> status = credential.credentialStatus();
    if (status.size() == 1) {
      json.set("credentialStatus", status(status.get(0)));
    } else if (status.size() > 1) {
      json.set("credentialStatus", array(status, CredentialJson::status));
    }
    objects(json, "credentialSchema", credential.credentialSchema(), CredentialJson::schema);
    objects(json, "evidence", credential.evidence(), CredentialJson::evidence);
    return json;
  }

  /**
   * Reads a credential. Throws {@link IllegalArgumentException} whose message starts with the
   * JSON path of the offending field (e.g. {@code credentialSubject.identifier[0].hashed}) and
   * never contains the offending value. A missing CMF extension gives an empty
   * {@code microCredential}.
   */
  public static AchievementCredential fromJson(JsonNode json) {
    return CredentialJsonReader.credential(json);
  }

  /** Dates as written in credentials: UTC, whole seconds, {@code Z}. */
  public static String date(Instant instant) {
    return instant.toString();
  }

  /** A profile as it appears in credentials ({@code issuer}, {@code achievement.creator}). */
  public static ObjectNode profile(Profile profile) {
    ObjectNode json = Json.object();
    json.put("id", profile.id());
    strings(json, "type", profile.type());
    json.put("name", profile.name());
    profile.url().ifPresent(v -> json.put("url", v));
    profile.email().ifPresent(v -> json.put("email", v));
    profile.description().ifPresent(v -> json.put("description", v));
    profile.address().ifPresent(a -> json.set("address", address(a)));
    return json;
  }

  private static ObjectNode address(Address address) {
    ObjectNode json = Json.object();
    strings(json, "type", List.of("Address"));
    json.put("addressCountry", address.addressCountry());
    json.put("addressCountryCode", address.addressCountryCode());
    address.addressRegion().ifPresent(v -> json.put("addressRegion", v));
    address.addressLocality().ifPresent(v -> json.put("addressLocality", v));
    address.streetAddress().ifPresent(v -> json.put("streetAddress", v));
    address.postalCode().ifPresent(v -> json.put("postalCode", v));
    return json;
  }

  private static ObjectNode subject(AchievementSubject subject) {
    ObjectNode json = Json.object();
    json.put("id", subject.id());
    strings(json, "type", subject.type());
    subject.awardedDate().ifPresent(d -> json.put("awardedDate", date(d)));
    subject.activityStartDate().ifPresent(d -> json.put("activityStartDate", date(d)));
    subject.activityEndDate().ifPresent(d -> json.put("activityEndDate", date(d)));
    objects(json, "identifier", subject.identifier(), CredentialJson::identity);
    json.set("achievement", achievement(subject.achievement()));
    objects(json, "result", subject.result(), CredentialJson::result);
    return json;
  }

  private static ObjectNode identity(IdentityObject identity) {
    ObjectNode json = Json.object();
    json.put("type", IdentityObject.TYPE);
    json.put("identityType", identity.identityType());
    json.put("hashed", identity.hashed());
    json.put("identityHash", identity.identityHash());
    identity.salt().ifPresent(v -> json.put("salt", v));
    return json;
  }

  private static ObjectNode achievement(Achievement achievement) {
    ObjectNode json = Json.object();
    json.put("id", achievement.id());
    strings(json, "type", achievement.type());
    json.put("achievementType", achievement.achievementType());
    json.put("name", achievement.name());
    json.put("description", achievement.description());
    json.set("criteria", criteria(achievement.criteria()));
    achievement.creditsAvailable().ifPresent(v -> json.set("creditsAvailable", number(v)));
    objects(json, "alignment", achievement.alignment(), CredentialJson::alignment);
    achievement.inLanguage().ifPresent(v -> json.put("inLanguage", v));
    achievement.fieldOfStudy().ifPresent(v -> json.put("fieldOfStudy", v));
    achievement.creator().ifPresent(p -> json.set("creator", profile(p)));
    objects(json, "resultDescription", achievement.resultDescription(),
        CredentialJson::resultDescription);
    achievement.image().ifPresent(i -> json.set("image", image(i)));
    achievement.microCredential().ifPresent(m -> json.set("microCredential", microCredential(m)));
    return json;
  }

  private static ObjectNode criteria(Criteria criteria) {
    ObjectNode json = Json.object();
    criteria.id().ifPresent(v -> json.put("id", v));
    criteria.narrative().ifPresent(v -> json.put("narrative", v));
    return json;
  }

  private static ObjectNode alignment(Alignment alignment) {
    ObjectNode json = Json.object();
    strings(json, "type", List.of("Alignment"));
    json.put("targetName", alignment.targetName());
    json.put("targetUrl", alignment.targetUrl());
    alignment.targetCode().ifPresent(v -> json.put("targetCode", v));
    alignment.targetDescription().ifPresent(v -> json.put("targetDescription", v));
    alignment.targetFramework().ifPresent(v -> json.put("targetFramework", v));
    alignment.targetType().ifPresent(v -> json.put("targetType", v));
    return json;
  }

  private static ObjectNode resultDescription(ResultDescription description) {
    ObjectNode json = Json.object();
    json.put("id", description.id());
    strings(json, "type", description.type());
    json.put("name", description.name());
    json.put("resultType", description.resultType());
    if (!description.allowedValue().isEmpty()) {
      strings(json, "allowedValue", description.allowedValue());
    }
    description.requiredValue().ifPresent(v -> json.put("requiredValue", v));
    return json;
  }

  private static ObjectNode result(Result result) {
    ObjectNode json = Json.object();
    strings(json, "type", result.type());
    result.resultDescription().ifPresent(v -> json.put("resultDescription", v));
    result.value().ifPresent(v -> json.put("value", v));
    result.status().ifPresent(v -> json.put("status", v));
    return json;
  }

  private static ObjectNode evidence(Evidence evidence) {
    ObjectNode json = Json.object();
    evidence.id().ifPresent(v -> json.put("id", v));
    strings(json, "type", evidence.type());
    evidence.name().ifPresent(v -> json.put("name", v));
    evidence.description().ifPresent(v -> json.put("description", v));
    evidence.narrative().ifPresent(v -> json.put("narrative", v));
    return json;
  }

  private static ObjectNode image(Image image) {
    ObjectNode json = Json.object();
    json.put("id", image.id());
    json.put("type", image.type());
    image.caption().ifPresent(v -> json.put("caption", v));
    return json;
  }

  private static ObjectNode status(StatusEntry entry) {
    ObjectNode json = Json.object();
    json.put("id", entry.id());
    json.put("type", entry.type());
    json.put("statusPurpose", entry.statusPurpose());
    json.put("statusListIndex", entry.statusListIndex());
    json.put("statusListCredential", entry.statusListCredential());
    return json;
  }

  private static ObjectNode schema(CredentialSchemaRef schema) {
    ObjectNode json = Json.object();
    json.put("id", schema.id());
    json.put("type", schema.type());
    return json;
  }

  private static ObjectNode microCredential(MicroCredentialProfile profile) {
    ObjectNode json = Json.object();
    json.put("type", MicroCredentialProfile.TYPE);
    objects(json, "learningOutcomes", profile.learningOutcomes(), CredentialJson::outcome);
    json.put("volumeOfLearning", profile.volumeOfLearning().toString());
    json.set("creditPoint", creditPoint(profile.creditPoint()));
    json.put("eqfLevel", profile.eqfLevelIri());
    profile.nqfLevel().ifPresent(v -> json.put("nqfLevel", v));
    json.set("assessment", assessment(profile.assessment()));
    json.put("participationForm", profile.participationForm().value());
    json.set("qualityAssurance", qualityAssurance(profile.qualityAssurance()));
    profile.prerequisites().ifPresent(v -> json.put("prerequisites", v));
    json.put("identityVerification", profile.identityVerification().value());
    profile.stackability().ifPresent(s -> {
      ObjectNode stack = json.putObject("stackability");
      stack.put("stackable", s.stackable());
      if (!s.recognitionRoutes().isEmpty()) {
        strings(stack, "recognitionRoutes", s.recognitionRoutes());
      }
    });
    profile.furtherInformation().ifPresent(v -> json.put("furtherInformation", v));
    return json;
  }

  private static ObjectNode outcome(LearningOutcome outcome) {
    ObjectNode json = Json.object();
    json.put("title", outcome.title());
    if (!outcome.relatedEscoSkill().isEmpty()) {
      strings(json, "relatedESCOSkill", outcome.relatedEscoSkill());
    }
    return json;
  }

  private static ObjectNode creditPoint(CreditPoint creditPoint) {
    ObjectNode json = Json.object();
    json.put("type", CreditPoint.TYPE);
    json.put("framework", creditPoint.framework());
    json.set("point", number(creditPoint.point()));
    return json;
  }

  private static ObjectNode assessment(Assessment assessment) {
    ObjectNode json = Json.object();
    json.put("type", Assessment.TYPE);
    strings(json, "methods", assessment.methods());
    json.put("summative", assessment.summative());
    assessment.description().ifPresent(v -> json.put("description", v));
    return json;
  }

  private static ObjectNode qualityAssurance(QualityAssurance qa) {
    ObjectNode json = Json.object();
    json.put("type", QualityAssurance.TYPE);
    json.put("qaType", qa.qaType().value());
    json.put("description", qa.description());
    qa.accreditation().ifPresent(v -> json.put("accreditation", v));
    return json;
  }

  /**
   * Whole numbers are written without a fraction ({@code 5}, not {@code 5.0}), as the int node
   * a parser makes of them, so that trees compare equal after a round trip.
   */
  private static JsonNode number(double value) {
    if (value == Math.rint(value) && Math.abs(value) <= Integer.MAX_VALUE) {
      return Json.mapper().getNodeFactory().numberNode((int) value);
    }
    return Json.mapper().getNodeFactory().numberNode(value);
  }

  private static void strings(ObjectNode json, String name, List<String> values) {
    ArrayNode array = json.putArray(name);
    values.forEach(array::add);
  }

  private static <T> void objects(ObjectNode json, String name, List<T> values,
      Function<T, ObjectNode> write) {
    if (!values.isEmpty()) {
      json.set(name, array(values, write));
    }
  }

  private static <T> ArrayNode array(List<T> values, Function<T, ObjectNode> write) {
    ArrayNode array = Json.mapper().createArrayNode();
    values.stream().map(write).forEach(array::add);
    return array;
  }
}
