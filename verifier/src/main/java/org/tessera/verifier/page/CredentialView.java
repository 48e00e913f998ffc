package org.tessera.verifier.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.shared.model.cmf.IsoDurations;

/**
 * What a credential certifies, read for people from its OB 3.0 + CMF JSON (field contract:
 * {@code docs/cmf-extension.md}). Every field is optional: the page shows what is there.
 * {@code badgeImage} is the achievement's (else the credential's) embedded image.
 * Reads only; never throws on odd input.
 */
public record CredentialView(
    Optional<String> id,
    Optional<String> title,
    Optional<String> description,
    Optional<String> learnerName,
    Optional<String> issuerName,
    Optional<String> issuerCountry,
    Optional<String> issuedOn,
    Optional<String> validUntil,
    List<String> learningOutcomes,
    Optional<String> ects,
    Optional<String> hours,
    Optional<String> eqfLevel,
    Optional<String> nqfLevel,
    List<String> assessmentMethods,
    Optional<Boolean> summative,
    Optional<String> assessmentDescription,
    Optional<String> identityVerification,
    Optional<String> qaType,
    Optional<String> qaDescription,
    Optional<String> participationForm,
    Optional<String> grade,
    Optional<String> badgeImage) {

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

  public CredentialView {
    learningOutcomes = List.copyOf(learningOutcomes);
    assessmentMethods = List.copyOf(assessmentMethods);
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(badgeImage, "badgeImage");
  }

  public static CredentialView of(JsonNode credential) {
    if (credential.path("badge").isObject() && !credential.has("credentialSubject")) {
      return openBadges2(credential);
    }
    if (credential.path("vct").isTextual() && !credential.has("credentialSubject")) {
      return sdJwt(credential);
    }
    JsonNode subjects = credential.path("credentialSubject");
    JsonNode subject = subjects.isArray() ? subjects.path(0) : subjects;
    JsonNode achievement = subject.path("achievement");
    JsonNode mc = achievement.path("microCredential");
    JsonNode assessment = mc.path("assessment");
    JsonNode qa = mc.path("qualityAssurance");
    // The CMF facts as the trust check and the CMF verdict read them, never a reading of our own.
    CmfFacts facts = CmfFacts.of(credential);
    return new CredentialView(
        text(credential.path("id")),
        facts.title().map(String::strip),
        text(achievement.path("description")),
        learnerName(subject),
        facts.awardingBody().map(String::strip),
        facts.issuerCountry().map(String::strip),
        date(text(credential.path("validFrom")).or(() -> text(subject.path("awardedDate")))
            .or(() -> text(credential.path("issuanceDate")))),
        date(text(credential.path("validUntil")).or(() -> text(credential.path("expirationDate")))),
        texts(mc.path("learningOutcomes"), "title"),
        facts.ects().map(CredentialView::plain),
        facts.hours().map(CredentialView::hours),
        facts.eqfLevel().map(String::valueOf),
        text(mc.path("nqfLevel")),
        texts(assessment.path("methods"), null),
        facts.summativeAssessment(),
        text(assessment.path("description")),
        facts.identityVerification(),
        facts.qaType(),
        text(qa.path("description")),
        facts.participationForm(),
        grade(subject),
        badgeImage(achievement).or(() -> badgeImage(credential)));
  }

  /**
   * An Open Badges 2.0 assertion as the verifier reports it (BadgeClass and issuer Profile
   * embedded): title, description and issuer from those; no CMF data, no learner name (the
   * recipient is a hashed e-mail address).
   */
  private static CredentialView openBadges2(JsonNode assertion) {
    JsonNode badge = assertion.path("badge");
    return new CredentialView(text(assertion.path("id")), text(badge.path("name")),
        text(badge.path("description")), Optional.empty(), text(badge.path("issuer").path("name")),
        Optional.empty(), date(text(assertion.path("issuedOn"))),
        date(text(assertion.path("expires"))), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        badgeImage(assertion).or(() -> badgeImage(badge)));
  }

  /**
   * The claims an SD-JWT VC showed (decision 0053 names): the plain ones and only those the holder
   * disclosed, since the verifier reports no others. A CMF value not disclosed stays empty.
   */
  private static CredentialView sdJwt(JsonNode claims) {
    JsonNode qa = claims.path("quality_assurance").path(0);
    JsonNode type = claims.path("assessment_type");
    return new CredentialView(text(claims.path("jti")), text(claims.path("achievement_title")),
        text(claims.path("achievement_description")), text(claims.path("name")),
        text(claims.path("issuing_authority")), text(claims.path("issuing_country")),
        date(text(claims.path("date_of_issuance"))), date(text(claims.path("date_of_expiry"))),
        texts(claims.path("learning_outcomes"), null), number(claims.path("ects_credits")),
        number(claims.path("workload_hours")).map(h -> hours(Double.parseDouble(h))),
        number(claims.path("eqf_level")), text(claims.path("nqf_level")),
        texts(claims.path("assessment_methods"), null),
        type.isTextual() ? Optional.of("summative".equals(type.asText())) : Optional.empty(),
        Optional.empty(), text(claims.path("identity_verification")), text(qa.path("type")),
        text(qa.path("description")), text(claims.path("form_of_participation")),
        text(claims.path("assessment_grade")), Optional.empty());
  }

  private static Optional<String> number(JsonNode node) {
    return node.isNumber() ? Optional.of(plain(node.asDouble())) : Optional.empty();
  }

  /** Largest badge image shown inline (a {@code data:} URI; the CSP allows no other source). */
  static final int MAX_BADGE_IMAGE_CHARS = 512 * 1024;

  private static final Pattern DATA_IMAGE = Pattern.compile(
      "data:image/(png|jpeg|gif|webp|svg\\+xml);base64,[A-Za-z0-9+/]+={0,2}");

  /**
   * The {@code image} of an achievement or credential (a URI or an Image object's {@code id}),
   * when it is an embedded raster or SVG image: a remote one would tell its host who looks, and
   * an {@code <img>} runs no script of an SVG.
   */
  private static Optional<String> badgeImage(JsonNode owner) {
    JsonNode image = owner.path("image");
    return text(image.isObject() ? image.path("id") : image)
        .filter(uri -> uri.length() <= MAX_BADGE_IMAGE_CHARS && DATA_IMAGE.matcher(uri).matches());
  }

  /** The learner's name: the unhashed {@code identityType: name} IdentityObject. */
  private static Optional<String> learnerName(JsonNode subject) {
    for (JsonNode identifier : subject.path("identifier")) {
      if ("name".equals(identifier.path("identityType").asText())
          && !identifier.path("hashed").asBoolean(true)) {
        return text(identifier.path("identityHash"));
      }
    }
    return text(subject.path("name"));
  }

  private static Optional<String> grade(JsonNode subject) {
    for (JsonNode result : subject.path("result")) {
      Optional<String> value = text(result.path("value"));
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  /** {@code PT125H} → {@code 125}; other durations to a tenth of an hour. */
  static Optional<String> hours(String isoDuration) {
    return IsoDurations.parsePositive(isoDuration).map(IsoDurations::hours)
        .map(CredentialView::hours);
  }

  static String hours(double hours) {
    return plain(Math.round(hours * 10) / 10.0);
  }

  /** An xsd:dateTime as written, when it starts like one (the page formats it for people). */
  private static Optional<String> date(Optional<String> dateTime) {
    return dateTime.filter(t -> DATE.matcher(t).matches());
  }

  static String plain(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) {
      (field == null ? text(item) : text(item.path(field))).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<String> text(JsonNode node) {
    return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip())
        : Optional.empty();
  }
}
