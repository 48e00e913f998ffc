package org.tessera.shared.cmf;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.tessera.shared.model.cmf.CreditPoint;
import org.tessera.shared.model.cmf.EqfLevels;
import org.tessera.shared.model.cmf.IdentityVerification;
import org.tessera.shared.model.cmf.IsoDurations;
import org.tessera.shared.model.cmf.ParticipationForm;
import org.tessera.shared.model.cmf.QaType;

/**
 * Finds the CMF facts in any issuer's credential JSON, tolerating absent or oddly typed fields:
 * whatever cannot be read is simply not found. Never throws on a JSON object.
 */
final class CmfFactsReader {

  private CmfFactsReader() {}

  static CmfFacts read(JsonNode credential) {
    JsonNode subject = first(credential.path("credentialSubject"));
    JsonNode achievement = subject.path("achievement");
    JsonNode micro = achievement.path("microCredential");
    JsonNode issuer = credential.path("issuer");
    Eqf eqf = eqfLevel(micro, achievement);
    return new CmfFacts(
        text(achievement, "name").or(() -> text(credential, "name")),
        text(issuer, "name").or(() -> text(achievement.path("creator"), "name")),
        text(issuer.path("address"), "addressCountryCode")
            .or(() -> text(issuer.path("address"), "addressCountry")),
        text(micro, "volumeOfLearning").flatMap(IsoDurations::parsePositive)
            .map(IsoDurations::hours),
        ects(micro.path("creditPoint")).or(() -> number(achievement, "creditsAvailable")),
        eqf.level(),
        eqf.unreadable(),
        bool(micro.path("assessment"), "summative"),
        text(micro, "identityVerification").flatMap(IdentityVerification::fromValue)
            .map(IdentityVerification::value),
        text(micro, "participationForm").flatMap(ParticipationForm::fromValue)
            .map(ParticipationForm::value),
        text(micro.path("qualityAssurance"), "qaType").flatMap(QaType::fromValue)
            .map(QaType::value),
        learningOutcomeCount(micro.path("learningOutcomes")));
  }

  /** VC 2.0 allows several subjects; OB 3.0 has one. The first one is judged. */
  private static JsonNode first(JsonNode node) {
    return node.isArray() ? node.path(0) : node;
  }

  private static Optional<Double> ects(JsonNode creditPoint) {
    return text(creditPoint, "framework").filter(CreditPoint.ECTS_FRAMEWORK::equals)
        .flatMap(f -> number(creditPoint, "point"));
  }

  /** An EQF reading: the level, or whether what was stated could not be read. */
  private record Eqf(Optional<Integer> level, boolean unreadable) {}

  /**
   * Every EQF statement, each read strictly: {@code microCredential.eqfLevel} when present (in
   * any form), and each alignment naming the EQF framework or an EQF IRI. Unreadable or
   * disagreeing statements give no level, flagged as unreadable.
   */
  private static Eqf eqfLevel(JsonNode micro, JsonNode achievement) {
    List<Optional<Integer>> stated = new ArrayList<>();
    if (micro.has("eqfLevel")) {
      stated.add(eqfValue(micro.get("eqfLevel")));
    }
    JsonNode alignments = achievement.path("alignment");
    if (alignments.isArray()) {
      alignments.forEach(alignment -> eqfAlignment(alignment, stated));
    }
    if (stated.stream().anyMatch(Optional::isEmpty)
        || stated.stream().map(Optional::get).distinct().count() > 1) {
      return new Eqf(Optional.empty(), true);
    }
    return new Eqf(stated.stream().findFirst().flatMap(level -> level), false);
  }

  private static void eqfAlignment(JsonNode alignment, List<Optional<Integer>> stated) {
    JsonNode url = alignment.path("targetUrl");
    boolean eqfFramework = text(alignment, "targetFramework")
        .filter(EqfLevels.FRAMEWORK_NAME::equals).isPresent();
    if (eqfFramework || (url.isTextual() && EqfLevels.inNamespace(url.textValue()))) {
      stated.add(eqfValue(url));
      if (eqfFramework && alignment.has("targetCode")) {
        stated.add(eqfValue(alignment.get("targetCode")));
      }
    }
  }

  private static Optional<Integer> eqfValue(JsonNode value) {
    return value.isTextual() || value.isInt() ? EqfLevels.parse(value.asText()) : Optional.empty();
  }

  private static Optional<Integer> learningOutcomeCount(JsonNode outcomes) {
    if (!outcomes.isArray()) {
      return Optional.empty();
    }
    long count = StreamSupport.stream(outcomes.spliterator(), false)
        .filter(o -> text(o, "title").isPresent())
        .count();
    return Optional.of((int) count);
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isTextual() && !value.textValue().isBlank()
        ? Optional.of(value.textValue()) : Optional.empty();
  }

  private static Optional<Double> number(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isNumber() && Double.isFinite(value.doubleValue()) && value.doubleValue() >= 0
        ? Optional.of(value.doubleValue()) : Optional.empty();
  }

  private static Optional<Boolean> bool(JsonNode node, String name) {
    JsonNode value = node.path(name);
    return value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty();
  }
}
