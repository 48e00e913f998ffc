package org.tessera.shared.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.model.cmf.Assessment;
import org.tessera.shared.model.cmf.CreditPoint;
import org.tessera.shared.model.cmf.IdentityVerification;
import org.tessera.shared.model.cmf.LearningOutcome;
import org.tessera.shared.model.cmf.MicroCredentialProfile;
import org.tessera.shared.model.cmf.ParticipationForm;
import org.tessera.shared.model.cmf.QaType;
import org.tessera.shared.model.cmf.QualityAssurance;
import org.tessera.shared.model.cmf.Stackability;

/**
 * A CMF-conformant sample micro-credential with every optional field set, for tests (and the
 * benchmarks, through this module's test-jar).
 */
public final class SampleCredentials {

  public static final String ISSUER_ID = "did:web:uni.example.org";
  public static final String CREDENTIAL_ID = "urn:uuid:3f1c2b9e-6a4d-4f0e-9a55-1c2d3e4f5a6b";
  public static final String SUBJECT_ID = "urn:uuid:9b2e7c1a-0f3d-4c8b-a1e2-7d6c5b4a3f21";
  public static final String STATUS_LIST = "https://uni.example.org/status/1";
  public static final int STATUS_INDEX = 94_567;
  public static final String OB_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
  public static final String CMF_SCHEMA = "https://w3id.org/tessera/schemas/cmf-v1.json";
  public static final String EMAIL_SALT = "q7Vt2mXc9Lp";
  public static final Instant VALID_FROM = Instant.parse("2025-03-01T10:00:00Z");

  private SampleCredentials() {}

  public static Profile issuer() {
    return new Profile(ISSUER_ID, "University of Example", Optional.of("https://uni.example.org"),
        Optional.of("registrar@uni.example.org"), Optional.of("A public university."),
        Optional.of(new Address("PT", "PT", Optional.empty(), Optional.of("Lisbon"),
            Optional.empty(), Optional.empty())));
  }

  public static MicroCredentialProfile microCredential() {
    return new MicroCredentialProfile(
        List.of(new LearningOutcome("Design a relational schema for a business domain",
                List.of("http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d")),
            LearningOutcome.of("Write SQL queries with joins and aggregates")),
        Duration.ofHours(125),
        CreditPoint.ects(5),
        6,
        Optional.of("PT-6"),
        new Assessment(List.of("written exam", "project"), true,
            Optional.of("Proctored final exam and a graded project")),
        ParticipationForm.BLENDED,
        new QualityAssurance(QaType.INTERNAL_AND_EXTERNAL, "Accredited by the national agency",
            Optional.of("https://agency.example.org/accreditations/42")),
        Optional.of("Basic programming"),
        IdentityVerification.SUPERVISED_ONSITE,
        Optional.of(new Stackability(true, List.of("MSc Data Science, course DB1"))),
        Optional.of("https://uni.example.org/courses/db1"));
  }

  public static Achievement achievement(Optional<MicroCredentialProfile> microCredential) {
    return new Achievement("https://uni.example.org/achievements/db1", Achievement.TYPE,
        Achievement.MICRO_CREDENTIAL, "Databases I", "Relational databases and SQL.",
        new Criteria(Optional.of("https://uni.example.org/courses/db1/criteria"),
            Optional.of("Pass the final exam and the project.")),
        Optional.of(5.0),
        List.of(Alignment.eqf(6)),
        Optional.of("en"),
        Optional.of("Computer science"),
        Optional.of(issuer()),
        List.of(new ResultDescription("urn:uuid:0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
            "Final grade", "GradePointAverage", List.of(), Optional.of("10"))),
        Optional.of(new Image("https://uni.example.org/achievements/db1/badge.png",
            Optional.of("Databases I badge"))),
        microCredential);
  }

  public static AchievementSubject subject(Optional<MicroCredentialProfile> microCredential) {
    return new AchievementSubject(SUBJECT_ID, achievement(microCredential),
        List.of(IdentityObject.hashedEmail("ana@example.org", EMAIL_SALT),
            IdentityObject.name("Ana Example")),
        List.of(new Result(Optional.of("urn:uuid:0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6"),
            Optional.of("16"), Optional.empty())),
        Optional.of(VALID_FROM),
        Optional.of(Instant.parse("2025-01-06T00:00:00Z")),
        Optional.of(Instant.parse("2025-02-21T00:00:00Z")));
  }

  public static AchievementCredential withStatus(List<StatusEntry> status) {
    return new AchievementCredential(
        AchievementCredential.TESSERA_CONTEXTS,
        CREDENTIAL_ID,
        AchievementCredential.TESSERA_TYPE,
        "Databases I",
        Optional.of("Micro-credential in relational databases"),
        issuer(),
        VALID_FROM,
        Optional.of(Instant.parse("2030-03-01T00:00:00Z")),
        subject(Optional.of(microCredential())),
        status,
        List.of(CredentialSchemaRef.jsonSchema(OB_SCHEMA), CredentialSchemaRef.jsonSchema(CMF_SCHEMA)),
        List.of(new Evidence(Optional.of("https://uni.example.org/evidence/7"),
            Optional.of("Project report"), Optional.empty(), Optional.empty())),
        Optional.of(new Image("https://uni.example.org/credentials/image.png", Optional.empty())));
  }

  /** The conformant sample with one revocation entry. */
  public static AchievementCredential conformant() {
    return withStatus(List.of(revocation()));
  }

  public static StatusEntry revocation() {
    return StatusEntry.of("revocation", STATUS_LIST, STATUS_INDEX);
  }

  public static StatusEntry suspension() {
    return StatusEntry.of("suspension", STATUS_LIST + "s", 1234);
  }
}
