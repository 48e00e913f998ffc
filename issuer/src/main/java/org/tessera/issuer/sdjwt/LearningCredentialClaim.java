package org.tessera.issuer.sdjwt;

import java.util.Locale;

/**
 * The credential claims of Tessera's SD-JWT VC (decision 0053): the EUDI Learning Credential's,
 * with its selective-disclosure rules, then the CMF values it lacks. One table drives the
 * credential (plain claim or disclosure), its checks, the type metadata and the OpenID4VCI claims
 * metadata, so they cannot disagree. The claim names are a contract: never rename, only add.
 */
public enum LearningCredentialClaim {
  ISSUING_AUTHORITY(false, true, Kind.TEXT, "Issuing authority",
      "Name of the institution that awarded the credential"),
  ISSUING_COUNTRY(false, true, Kind.TEXT, "Issuing country",
      "ISO 3166-1 alpha-2 country of the awarding institution"),
  DATE_OF_ISSUANCE(false, true, Kind.TEXT, "Date of issuance", "Date of the award"),
  DATE_OF_EXPIRY(false, false, Kind.TEXT, "Date of expiry", "End of the award's validity"),
  ACHIEVEMENT_TITLE(false, true, Kind.TEXT, "Title", "Title of the micro-credential"),
  ACHIEVEMENT_DESCRIPTION(false, true, Kind.TEXT, "Description",
      "Short description of the micro-credential"),
  LANGUAGE_OF_CLASSES(false, false, Kind.TEXT, "Language", "Language of the classes"),
  ACHIEVEMENT_ID(false, true, Kind.TEXT, "Achievement", "Identifier (IRI) of the achievement"),

  NAME(true, true, Kind.TEXT, "Name", "Full name of the learner"),
  LEARNING_OUTCOMES(true, true, Kind.ARRAY, "Learning outcomes",
      "Skills and competences gained"),
  ASSESSMENT_GRADE(true, false, Kind.TEXT, "Grade", "Grade achieved"),
  LEARNER_IDENTIFICATION(true, true, Kind.TEXT, "Learner identification",
      "Salted SHA-256 hash of the learner's e-mail address"),
  LEARNER_IDENTIFICATION_SALT(true, true, Kind.TEXT, "Learner identification salt",
      "Salt of the learner identification hash"),
  EXPECTED_STUDY_TIME(true, true, Kind.TEXT, "Study time", "Notional workload"),
  LEVEL_OF_LEARNING_EXPERIENCE(true, true, Kind.TEXT, "Level", "EQF level"),
  FORM_OF_PARTICIPATION(true, true, Kind.TEXT, "Form of participation",
      "online, onsite or blended"),
  TYPES_OF_QUALITY_ASSURANCE(true, true, Kind.ARRAY, "Quality assurance",
      "Quality assurance of the micro-credential"),
  PREREQUISITES_TO_ENROLL(true, false, Kind.ARRAY, "Prerequisites", "Prerequisites to enrol"),
  EVALUATOR_VERIFICATION(true, true, Kind.ARRAY, "Identity verification",
      "How the learner's identity was verified at the assessment"),
  INTEGRATION_STACKABILITY_OPTIONS(true, false, Kind.TEXT, "Stackability",
      "Whether the micro-credential stacks into larger credentials"),
  ECTS_CREDITS(true, false, Kind.NUMBER, "ECTS credits", "ECTS credit points"),
  WORKLOAD_HOURS(true, true, Kind.NUMBER, "Workload (hours)", "Notional workload in hours"),
  EQF_LEVEL(true, true, Kind.INTEGER, "EQF level", "European Qualifications Framework level"),
  NQF_LEVEL(true, false, Kind.TEXT, "NQF level", "National Qualifications Framework level"),
  ASSESSMENT_TYPE(true, true, Kind.TEXT, "Assessment type", "summative or formative"),
  ASSESSMENT_METHODS(true, true, Kind.ARRAY, "Assessment methods", "Methods of assessment"),
  IDENTITY_VERIFICATION(true, true, Kind.TEXT, "Identity verification (code)",
      "supervised-onsite, supervised-online, unsupervised-with-id-verification or none"),
  QUALITY_ASSURANCE(true, true, Kind.ARRAY, "Quality assurance (details)",
      "Type (internal, external, internal-and-external), description and accreditation"),
  ESCO_SKILLS(true, false, Kind.ARRAY, "ESCO skills", "ESCO skill IRIs");

  /** The JSON type a claim's value has. */
  public enum Kind { TEXT, NUMBER, INTEGER, ARRAY }

  private final boolean disclosable;
  private final boolean mandatory;
  private final Kind kind;
  private final String label;
  private final String description;

  LearningCredentialClaim(boolean disclosable, boolean mandatory, Kind kind, String label,
      String description) {
    this.disclosable = disclosable;
    this.mandatory = mandatory;
    this.kind = kind;
    this.label = label;
    this.description = description;
  }

  /** The claim name in the credential, e.g. {@code ects_credits}. */
  public String claimName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code true}: always a disclosure; {@code false}: never, a plain claim. */
  public boolean disclosable() {
    return disclosable;
  }

  /** Present in every credential Tessera issues (the others depend on the achievement). */
  public boolean mandatory() {
    return mandatory;
  }

  public Kind kind() {
    return kind;
  }

  public String label() {
    return label;
  }

  public String description() {
    return description;
  }
}
