package org.tessera.issuer.claim.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.model.Achievement;
import org.tessera.shared.model.AchievementCredential;
import org.tessera.shared.model.IdentityObject;
import org.tessera.shared.model.Result;
import org.tessera.shared.model.cmf.Assessment;
import org.tessera.shared.model.cmf.IsoDurations;
import org.tessera.shared.model.cmf.LearningOutcome;
import org.tessera.shared.model.cmf.MicroCredentialProfile;
import org.tessera.shared.model.cmf.QualityAssurance;

/**
 * What the certificate prints, read once from the credential: the headline facts and the
 * transcript rows of the EU Council Recommendation on micro-credentials (2022/C 243/02, Annex I:
 * mandatory elements first, then the optional ones the credential states).
 */
public record CertificateFacts(Optional<String> learner, String title, String issuer,
    Optional<String> ects, Optional<String> hours, Optional<String> eqf, String date,
    List<String> outcomes, List<Row> transcript, String credentialId, Instant awarded) {

  /** One labelled line of the transcript. */
  public record Row(String label, String value) {
    public Row {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
    }
  }

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  public CertificateFacts {
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(awarded, "awarded");
    outcomes = List.copyOf(outcomes);
    transcript = List.copyOf(transcript);
  }

  public static CertificateFacts of(AchievementCredential credential) {
    Achievement achievement = credential.credentialSubject().achievement();
    Optional<MicroCredentialProfile> cmf = achievement.microCredential();
    Instant awarded = credential.credentialSubject().awardedDate().orElse(credential.validFrom());
    Optional<String> ects = cmf.filter(c -> c.creditPoint().isEcts())
        .map(c -> number(c.creditPoint().point()))
        .or(() -> achievement.creditsAvailable().map(CertificateFacts::number));
    Optional<String> hours = cmf.map(c -> number(IsoDurations.hours(c.volumeOfLearning())));
    Optional<String> eqf = cmf.map(c -> String.valueOf(c.eqfLevel()));
    List<String> outcomes = cmf.map(c -> c.learningOutcomes().stream()
        .map(LearningOutcome::title).toList()).orElse(List.of());

    List<Row> rows = new ArrayList<>();
    rows.add(new Row("Awarding body", credential.issuer().name()
        + credential.issuer().address().map(a -> " (" + a.addressCountryCode() + ")").orElse("")));
    rows.add(new Row("Date of issue", DAY.format(credential.validFrom())));
    credential.validUntil().ifPresent(u -> rows.add(new Row("Valid until", DAY.format(u))));
    hours.ifPresent(h -> rows.add(new Row("Notional workload", h + " hours")));
    ects.ifPresent(e -> rows.add(new Row("Credit points", e + " ECTS")));
    cmf.ifPresent(c -> transcript(c, eqf.orElseThrow(), rows));
    credential.credentialSubject().result().stream().map(Result::value)
        .flatMap(Optional::stream).findFirst()
        .ifPresent(grade -> rows.add(new Row("Grade", grade)));
    return new CertificateFacts(learnerName(credential), achievement.name(),
        credential.issuer().name(), ects, hours, eqf, DAY.format(awarded), outcomes, rows,
        credential.id(), awarded);
  }

  private static void transcript(MicroCredentialProfile cmf, String eqf, List<Row> rows) {
    rows.add(new Row("Level", "EQF " + eqf + cmf.nqfLevel().map(n -> ", NQF " + n).orElse("")));
    Assessment assessment = cmf.assessment();
    rows.add(new Row("Assessment", (assessment.summative() ? "summative" : "formative")
        + (assessment.methods().isEmpty() ? "" : ": " + String.join(", ", assessment.methods()))
        + assessment.description().map(d -> ". " + d).orElse("")));
    rows.add(new Row("Form of participation", cmf.participationForm().value()));
    QualityAssurance qa = cmf.qualityAssurance();
    rows.add(new Row("Quality assurance", qa.qaType().value() + ": " + qa.description()
        + qa.accreditation().map(a -> " (" + a + ")").orElse("")));
    rows.add(new Row("Identity verification", cmf.identityVerification().value()));
    cmf.prerequisites().ifPresent(p -> rows.add(new Row("Prerequisites", p)));
    cmf.stackability().ifPresent(s -> rows.add(new Row("Stackability",
        (s.stackable() ? "can be stacked" : "stand-alone")
        + (s.recognitionRoutes().isEmpty() ? "" : ": " + String.join("; ", s.recognitionRoutes())))));
    cmf.furtherInformation().ifPresent(f -> rows.add(new Row("Further information", f)));
  }

  /** The learner's name: the unhashed {@code identityType: name} identifier, if any. */
  private static Optional<String> learnerName(AchievementCredential credential) {
    return credential.credentialSubject().identifier().stream()
        .filter(i -> "name".equals(i.identityType()) && !i.hashed())
        .map(IdentityObject::identityHash).findFirst();
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
