package org.tessera.issuer.achievements;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tessera.issuer.achievements.AchievementDefinition.Assessment;
import org.tessera.issuer.achievements.AchievementDefinition.EscoAlignment;
import org.tessera.issuer.achievements.AchievementDefinition.OutcomeItem;
import org.tessera.issuer.achievements.AchievementDefinition.QualityAssurance;
import org.tessera.issuer.achievements.AchievementDefinition.Stackability;
import org.tessera.issuer.result.JsonFields;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Outcome.Failed;
import org.tessera.issuer.result.Rejection;

/** Validates a definition request, naming each bad field; unknown fields are refused too. */
public final class AchievementDefinitionReader {

  static final List<String> PARTICIPATION_FORMS = List.of("online", "onsite", "blended");
  static final List<String> QA_TYPES = List.of("internal", "external", "internal-and-external");
  static final List<String> IDENTITY_VERIFICATIONS = List.of("supervised-onsite",
      "supervised-online", "unsupervised-with-id-verification", "none");
  private static final Set<String> FIELDS = Set.of("name", "description", "criteria",
      "creditsAvailable", "eqfLevel", "nqfLevel", "hours", "learningOutcomes", "assessment",
      "participationForm", "qualityAssurance", "identityVerification", "prerequisites",
      "stackability", "furtherInformation", "fieldOfStudy", "inLanguage", "escoAlignments",
      "suspension");
  // The same tag shape the model accepts (language, optional script, optional region).
  private static final Pattern LANGUAGE = Pattern.compile(
      "[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");
  private static final String ESCO_PREFIX = "http://data.europa.eu/esco/";
  private static final int SHORT = 300;
  private static final int LONG = 10_000;

  private AchievementDefinitionReader() {}

  public static Outcome<AchievementDefinition> read(JsonNode body) {
    if (body == null || !body.isObject()) {
      return new Failed<>(Rejection.invalid("", "must be a JSON object"));
    }
    JsonFields f = new JsonFields();
    f.rejectUnknown(body, "", FIELDS);
    Optional<String> name = f.text(body, "", "name", true, SHORT);
    Optional<String> description = f.text(body, "", "description", true, LONG);
    Optional<String> criteria = f.text(body, "", "criteria", true, LONG);
    Optional<BigDecimal> credits = f.number(body, "", "creditsAvailable", true,
        BigDecimal.ZERO, BigDecimal.valueOf(240));
    Optional<Integer> eqf = f.integer(body, "", "eqfLevel", true, 1, 8);
    Optional<String> nqf = f.text(body, "", "nqfLevel", false, 50);
    Optional<Integer> hours = f.integer(body, "", "hours", true, 1, 10_000);
    List<OutcomeItem> outcomes = outcomes(body, f);
    Optional<Assessment> assessment = assessment(body, f);
    Optional<String> participation = f.oneOf(body, "", "participationForm", true,
        PARTICIPATION_FORMS);
    Optional<QualityAssurance> qa = qualityAssurance(body, f);
    Optional<String> idv = f.oneOf(body, "", "identityVerification", true,
        IDENTITY_VERIFICATIONS);
    Optional<String> prerequisites = f.text(body, "", "prerequisites", false, LONG);
    Optional<Stackability> stackability = stackability(body, f);
    Optional<URI> further = f.url(body, "", "furtherInformation", false);
    Optional<String> field = f.text(body, "", "fieldOfStudy", false, SHORT);
    Optional<String> language = f.text(body, "", "inLanguage", false, 35);
    if (language.isPresent() && !LANGUAGE.matcher(language.get()).matches()) {
      f.error("inLanguage", "must be a BCP 47 language tag such as en or nl-BE");
    }
    List<EscoAlignment> esco = escoAlignments(body, f);
    boolean suspension = f.bool(body, "", "suspension", false).orElse(false);
    if (!f.ok()) {
      return new Failed<>(Rejection.invalid(f.errors()));
    }
    return Outcome.ok(new AchievementDefinition(name.orElseThrow(),
        description.orElseThrow(), criteria.orElseThrow(), credits.orElseThrow(),
        eqf.orElseThrow(), nqf, hours.orElseThrow(), outcomes, assessment.orElseThrow(),
        participation.orElseThrow(), qa.orElseThrow(), idv.orElseThrow(), prerequisites,
        stackability, further, field, language, esco, suspension));
  }

  private static List<OutcomeItem> outcomes(JsonNode body, JsonFields f) {
    return f.array(body, "", "learningOutcomes", true, 1, 50)
        .map(array -> f.objects(array, "", "learningOutcomes", "must be an object with a title",
            Set.of("title", "relatedESCOSkill"), (item, at) -> {
              Optional<String> title = f.text(item, at, "title", true, LONG);
              List<URI> skills = new ArrayList<>();
              f.texts(item, at, "relatedESCOSkill", false, 0, 20, 2_000).ifPresent(iris -> {
                for (int j = 0; j < iris.size(); j++) {
                  escoIri(iris.get(j), at + ".relatedESCOSkill[" + j + "]", f)
                      .ifPresent(skills::add);
                }
              });
              return title.map(t -> new OutcomeItem(t, skills));
            }))
        .orElse(List.of());
  }

  private static Optional<URI> escoIri(String text, String field, JsonFields f) {
    if (!text.startsWith(ESCO_PREFIX)) {
      f.error(field, "must be an ESCO IRI starting with " + ESCO_PREFIX);
      return Optional.empty();
    }
    return f.httpUrl(text, field);
  }

  private static Optional<Assessment> assessment(JsonNode body, JsonFields f) {
    return f.object(body, "", "assessment", true).flatMap(a -> {
      f.rejectUnknown(a, "assessment", Set.of("methods", "summative", "description"));
      Optional<List<String>> methods = f.texts(a, "assessment", "methods", true, 1, 20, SHORT);
      Optional<Boolean> summative = f.bool(a, "assessment", "summative", true);
      Optional<String> description = f.text(a, "assessment", "description", false, LONG);
      if (methods.isEmpty() || summative.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Assessment(methods.get(), summative.get(), description));
    });
  }

  private static Optional<QualityAssurance> qualityAssurance(JsonNode body, JsonFields f) {
    String at = "qualityAssurance";
    return f.object(body, "", at, true).flatMap(q -> {
      f.rejectUnknown(q, at, Set.of("qaType", "description", "accreditation"));
      Optional<String> type = f.oneOf(q, at, "qaType", true, QA_TYPES);
      Optional<String> description = f.text(q, at, "description", true, LONG);
      Optional<URI> accreditation = f.url(q, at, "accreditation", false);
      if (type.isEmpty() || description.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new QualityAssurance(type.get(), description.get(), accreditation));
    });
  }

  private static Optional<Stackability> stackability(JsonNode body, JsonFields f) {
    String at = "stackability";
    return f.object(body, "", at, false).flatMap(s -> {
      f.rejectUnknown(s, at, Set.of("stackable", "recognitionRoutes"));
      Optional<Boolean> stackable = f.bool(s, at, "stackable", true);
      List<String> routes = f.texts(s, at, "recognitionRoutes", false, 0, 20, LONG)
          .orElse(List.of());
      return stackable.map(b -> new Stackability(b, routes));
    });
  }

  private static List<EscoAlignment> escoAlignments(JsonNode body, JsonFields f) {
    return f.array(body, "", "escoAlignments", false, 0, 50)
        .map(array -> f.objects(array, "", "escoAlignments",
            "must be an object with targetName and targetUrl", Set.of("targetName", "targetUrl"),
            (item, at) -> {
              Optional<String> name = f.text(item, at, "targetName", true, SHORT);
              Optional<URI> url = f.text(item, at, "targetUrl", true, 2_000)
                  .flatMap(t -> escoIri(t, at + ".targetUrl", f));
              return name.isPresent() && url.isPresent()
                  ? Optional.of(new EscoAlignment(name.get(), url.get())) : Optional.empty();
            }))
        .orElse(List.of());
  }
}
