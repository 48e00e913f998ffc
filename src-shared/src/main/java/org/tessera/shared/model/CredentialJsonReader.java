package org.tessera.shared.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.model.cmf.Assessment;
import org.tessera.shared.model.cmf.CreditPoint;
import org.tessera.shared.model.cmf.EqfLevels;
import org.tessera.shared.model.cmf.IdentityVerification;
import org.tessera.shared.model.cmf.IsoDurations;
import org.tessera.shared.model.cmf.LearningOutcome;
import org.tessera.shared.model.cmf.MicroCredentialProfile;
import org.tessera.shared.model.cmf.ParticipationForm;
import org.tessera.shared.model.cmf.QaType;
import org.tessera.shared.model.cmf.QualityAssurance;
import org.tessera.shared.model.cmf.Stackability;

/**
 * Reads the JSON written by {@link CredentialJson#toJson} and the common variants of other
 * OB 3.0 issuers: {@code type} as a string or an array, {@code credentialStatus} as an object or
 * an array, date-times with any offset, no CMF extension. An issuer given only as a URI is
 * refused: the model needs the issuer's name.
 */
final class CredentialJsonReader {

  private CredentialJsonReader() {}

  static AchievementCredential credential(JsonNode json) {
    JsonCursor at = JsonCursor.root(json).object();
    List<String> contexts = at.texts("@context");
    String id = at.text("id");
    List<String> type = at.types();
    String name = at.text("name");
    Optional<String> description = at.optionalText("description");
    Profile issuer = profile(at.required("issuer"));
    Instant validFrom = at.required("validFrom").date(false);
    Optional<Instant> validUntil = at.optional("validUntil").map(d -> d.date(false));
    AchievementSubject subject = subject(at.required("credentialSubject"));
    List<StatusEntry> status = statusEntries(at);
    List<CredentialSchemaRef> schemas = at.array("credentialSchema", CredentialJsonReader::schema);
    List<Evidence> evidence = at.array("evidence", CredentialJsonReader::evidence);
    Optional<Image> image = at.optional("image").map(CredentialJsonReader::image);
    return at.build(() -> new AchievementCredential(contexts, id, type, name, description, issuer,
        validFrom, validUntil, subject, status, schemas, evidence, image));
  }

  private static List<StatusEntry> statusEntries(JsonCursor credential) {
    Optional<JsonCursor> field = credential.optional("credentialStatus");
    if (field.isEmpty()) {
      return List.of();
    }
    if (field.get().node().isArray()) {
      return credential.array("credentialStatus", CredentialJsonReader::status);
    }
    return List.of(status(field.get()));
  }

  private static StatusEntry status(JsonCursor at) {
    at.object();
    String id = at.text("id");
    String type = at.text("type");
    String purpose = at.text("statusPurpose");
    String index = at.text("statusListIndex");
    String list = at.text("statusListCredential");
    return at.build(() -> new StatusEntry(id, type, purpose, index, list));
  }

  private static CredentialSchemaRef schema(JsonCursor at) {
    at.object();
    String id = at.text("id");
    String type = at.text("type");
    return at.build(() -> new CredentialSchemaRef(id, type));
  }

  private static Profile profile(JsonCursor at) {
    at.object();
    String id = at.text("id");
    List<String> type = at.types();
    String name = at.text("name");
    Optional<String> url = at.optionalText("url");
    Optional<String> email = at.optionalText("email");
    Optional<String> description = at.optionalText("description");
    Optional<Address> address = at.optional("address").map(CredentialJsonReader::address);
    return at.build(() -> new Profile(id, type, name, url, email, description, address));
  }

  private static Address address(JsonCursor at) {
    at.object();
    String country = at.text("addressCountry");
    String code = at.text("addressCountryCode");
    Optional<String> region = at.optionalText("addressRegion");
    Optional<String> locality = at.optionalText("addressLocality");
    Optional<String> street = at.optionalText("streetAddress");
    Optional<String> postalCode = at.optionalText("postalCode");
    return at.build(() -> new Address(country, code, region, locality, street, postalCode));
  }

  private static AchievementSubject subject(JsonCursor at) {
    at.object();
    String id = at.text("id");
    List<String> type = at.types();
    Achievement achievement = achievement(at.required("achievement"));
    List<IdentityObject> identifier = at.array("identifier", CredentialJsonReader::identity);
    List<Result> result = at.array("result", CredentialJsonReader::result);
    Optional<Instant> awarded = at.optional("awardedDate").map(d -> d.date(true));
    Optional<Instant> start = at.optional("activityStartDate").map(d -> d.date(true));
    Optional<Instant> end = at.optional("activityEndDate").map(d -> d.date(true));
    return at.build(() -> new AchievementSubject(id, type, achievement, identifier, result,
        awarded, start, end));
  }

  private static IdentityObject identity(JsonCursor at) {
    at.object();
    at.required("type");
    String identityType = at.text("identityType");
    boolean hashed = at.required("hashed").bool();
    String hash = at.text("identityHash");
    Optional<String> salt = at.optionalText("salt");
    return at.build(() -> new IdentityObject(identityType, hashed, hash, salt));
  }

  private static Result result(JsonCursor at) {
    at.object();
    List<String> type = at.types();
    Optional<String> description = at.optionalText("resultDescription");
    Optional<String> value = at.optionalText("value");
    Optional<String> status = at.optionalText("status");
    return at.build(() -> new Result(type, description, value, status));
  }

  private static Achievement achievement(JsonCursor at) {
    at.object();
    String id = at.text("id");
    List<String> type = at.types();
    String achievementType = at.text("achievementType");
    String name = at.text("name");
    String description = at.text("description");
    Criteria criteria = criteria(at.required("criteria"));
    Optional<Double> credits = at.optional("creditsAvailable").map(JsonCursor::number);
    List<Alignment> alignment = at.array("alignment", CredentialJsonReader::alignment);
    Optional<String> language = at.optionalText("inLanguage");
    Optional<String> field = at.optionalText("fieldOfStudy");
    Optional<Profile> creator = at.optional("creator").map(CredentialJsonReader::profile);
    List<ResultDescription> results =
        at.array("resultDescription", CredentialJsonReader::resultDescription);
    Optional<Image> image = at.optional("image").map(CredentialJsonReader::image);
    Optional<MicroCredentialProfile> micro =
        at.optional("microCredential").map(CredentialJsonReader::microCredential);
    return at.build(() -> new Achievement(id, type, achievementType, name, description, criteria,
        credits, alignment, language, field, creator, results, image, micro));
  }

  private static Criteria criteria(JsonCursor at) {
    at.object();
    Optional<String> id = at.optionalText("id");
    Optional<String> narrative = at.optionalText("narrative");
    return at.build(() -> new Criteria(id, narrative));
  }

  private static Alignment alignment(JsonCursor at) {
    at.object();
    String name = at.text("targetName");
    String url = at.text("targetUrl");
    Optional<String> code = at.optionalText("targetCode");
    Optional<String> description = at.optionalText("targetDescription");
    Optional<String> framework = at.optionalText("targetFramework");
    Optional<String> targetType = at.optionalText("targetType");
    return at.build(() -> new Alignment(name, url, code, description, framework, targetType));
  }

  private static ResultDescription resultDescription(JsonCursor at) {
    at.object();
    String id = at.text("id");
    List<String> type = at.types();
    String name = at.text("name");
    String resultType = at.text("resultType");
    List<String> allowed = at.texts("allowedValue");
    Optional<String> required = at.optionalText("requiredValue");
    return at.build(() -> new ResultDescription(id, type, name, resultType, allowed, required));
  }

  private static Evidence evidence(JsonCursor at) {
    at.object();
    Optional<String> id = at.optionalText("id");
    List<String> type = at.types();
    Optional<String> name = at.optionalText("name");
    Optional<String> description = at.optionalText("description");
    Optional<String> narrative = at.optionalText("narrative");
    return at.build(() -> new Evidence(id, type, name, description, narrative));
  }

  private static Image image(JsonCursor at) {
    at.object();
    String id = at.text("id");
    String type = at.text("type");
    Optional<String> caption = at.optionalText("caption");
    return at.build(() -> new Image(id, type, caption));
  }

  private static MicroCredentialProfile microCredential(JsonCursor at) {
    at.object();
    List<LearningOutcome> outcomes = at.array("learningOutcomes", CredentialJsonReader::outcome);
    JsonCursor volumeField = at.required("volumeOfLearning");
    Duration volume = IsoDurations.parsePositive(volumeField.text())
        .orElseThrow(() -> volumeField.error("must be a positive ISO 8601 duration"));
    CreditPoint creditPoint = creditPoint(at.required("creditPoint"));
    JsonCursor eqfField = at.required("eqfLevel");
    int eqf = EqfLevels.parse(eqfField.node().isInt() ? eqfField.node().asText() : eqfField.text())
        .orElseThrow(() -> eqfField.error("must be an EQF level IRI"));
    Optional<String> nqf = at.optionalText("nqfLevel");
    Assessment assessment = assessment(at.required("assessment"));
    JsonCursor formField = at.required("participationForm");
    ParticipationForm form = ParticipationForm.fromValue(formField.text())
        .orElseThrow(() -> formField.error("unknown participation form"));
    QualityAssurance qa = qualityAssurance(at.required("qualityAssurance"));
    Optional<String> prerequisites = at.optionalText("prerequisites");
    JsonCursor idField = at.required("identityVerification");
    IdentityVerification idVerification = IdentityVerification.fromValue(idField.text())
        .orElseThrow(() -> idField.error("unknown identity verification"));
    Optional<Stackability> stackability =
        at.optional("stackability").map(CredentialJsonReader::stackability);
    Optional<String> furtherInformation = at.optionalText("furtherInformation");
    return at.build(() -> new MicroCredentialProfile(outcomes, volume, creditPoint, eqf, nqf,
        assessment, form, qa, prerequisites, idVerification, stackability, furtherInformation));
  }

  private static LearningOutcome outcome(JsonCursor at) {
    at.object();
    String title = at.text("title");
    List<String> skills = at.texts("relatedESCOSkill");
    return at.build(() -> new LearningOutcome(title, skills));
  }

  private static CreditPoint creditPoint(JsonCursor at) {
    at.object();
    String framework = at.text("framework");
    double point = at.required("point").number();
    return at.build(() -> new CreditPoint(framework, point));
  }

  private static Assessment assessment(JsonCursor at) {
    at.object();
    List<String> methods = at.texts("methods");
    boolean summative = at.required("summative").bool();
    Optional<String> description = at.optionalText("description");
    return at.build(() -> new Assessment(methods, summative, description));
  }

  private static QualityAssurance qualityAssurance(JsonCursor at) {
    at.object();
    JsonCursor typeField = at.required("qaType");
    QaType qaType = QaType.fromValue(typeField.text())
        .orElseThrow(() -> typeField.error("unknown quality assurance type"));
    String description = at.text("description");
    Optional<String> accreditation = at.optionalText("accreditation");
    return at.build(() -> new QualityAssurance(qaType, description, accreditation));
  }

  private static Stackability stackability(JsonCursor at) {
    at.object();
    boolean stackable = at.required("stackable").bool();
    List<String> routes = at.texts("recognitionRoutes");
    return at.build(() -> new Stackability(stackable, routes));
  }
}
