package org.tessera.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jsonld.Examples;
import org.tessera.shared.model.KnownUrls;

class CredentialSchemaValidatorTest {

  private static final String MICRO_CREDENTIAL = "/credentialSubject/achievement/microCredential";

  private final CredentialSchemaValidator validator = new CredentialSchemaValidator();

  @Test
  void validate_cmfExample_noViolations() {
    assertThat(validator.validate(Examples.cmfMicroCredential())).isEmpty();
  }

  @Test
  void validate_cmfExampleAgainstEachSchema_noViolations() {
    ObjectNode credential = Examples.cmfMicroCredential();

    assertThat(validator.validate(credential, KnownUrls.OB_ACHIEVEMENT_CREDENTIAL_SCHEMA)).isEmpty();
    assertThat(validator.validate(credential, KnownUrls.CMF_SCHEMA)).isEmpty();
  }

  @Test
  void validate_eqfLevelWithTrailingLineBreak_violation_asAjvSays() {
    // Java's "$" matches before a final line break, ECMA-262's (ajv's) does not.
    ObjectNode credential = Examples.cmfMicroCredential();
    microCredential(credential).put("eqfLevel", "http://data.europa.eu/snb/eqf/8\n");

    assertThat(validator.validate(credential, KnownUrls.CMF_SCHEMA))
        .extracting(SchemaViolation::instancePath)
        .containsExactly(MICRO_CREDENTIAL + "/eqfLevel");
  }

  @Test
  void validate_missingLearningOutcomes_cmfViolationAtMicroCredential() {
    ObjectNode credential = Examples.cmfMicroCredential();
    microCredential(credential).remove("learningOutcomes");

    List<SchemaViolation> violations = validator.validate(credential);

    assertThat(violations).hasSize(1);
    SchemaViolation violation = violations.get(0);
    assertThat(violation.schemaUrl()).isEqualTo(KnownUrls.CMF_SCHEMA);
    assertThat(violation.instancePath()).isEqualTo(MICRO_CREDENTIAL);
    assertThat(violation.message()).contains("learningOutcomes");
  }

  @Test
  void validate_emptyLearningOutcomes_violationAtLearningOutcomes() {
    ObjectNode credential = Examples.cmfMicroCredential();
    microCredential(credential).putArray("learningOutcomes");

    assertThat(validator.validate(credential, KnownUrls.CMF_SCHEMA))
        .extracting(SchemaViolation::instancePath)
        .containsExactly(MICRO_CREDENTIAL + "/learningOutcomes");
  }

  @Test
  void validate_typoMemberInMicroCredential_violationNamesMember() {
    ObjectNode credential = Examples.cmfMicroCredential();
    microCredential(credential).put("volumeOfLearnig", "PT125H");

    List<SchemaViolation> violations = validator.validate(credential, KnownUrls.CMF_SCHEMA);

    assertThat(violations).hasSize(1);
    assertThat(violations.get(0).message()).contains("volumeOfLearnig");
  }

  @Test
  void validate_nonConformantButWellFormedValues_noViolations() {
    // 60 hours, 2 ECTS, EQF 3, unsupervised: valid shape, not CMF-conformant (computed elsewhere).
    ObjectNode credential = Examples.cmfMicroCredential();
    ObjectNode micro = microCredential(credential);
    micro.put("volumeOfLearning", "PT60H");
    ((ObjectNode) micro.get("creditPoint")).put("point", 2);
    micro.put("eqfLevel", "http://data.europa.eu/snb/eqf/3");
    micro.put("identityVerification", "none");
    ((ObjectNode) micro.get("assessment")).put("summative", false);

    assertThat(validator.validate(credential)).isEmpty();
  }

  @Test
  void validate_generalIsoDuration_accepted() {
    ObjectNode credential = Examples.cmfMicroCredential();
    microCredential(credential).put("volumeOfLearning", "P3DT4H");

    assertThat(validator.validate(credential, KnownUrls.CMF_SCHEMA)).isEmpty();
  }

  @Test
  void validate_badValues_violationsAtEachPath() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ObjectNode micro = microCredential(credential);
    micro.put("volumeOfLearning", "125 hours");
    micro.put("eqfLevel", "http://data.europa.eu/snb/eqf/9");
    micro.put("participationForm", "correspondence");
    ((ObjectNode) micro.get("creditPoint")).put("point", 0);

    assertThat(validator.validate(credential, KnownUrls.CMF_SCHEMA))
        .extracting(SchemaViolation::instancePath)
        .contains(MICRO_CREDENTIAL + "/volumeOfLearning", MICRO_CREDENTIAL + "/eqfLevel",
            MICRO_CREDENTIAL + "/participationForm", MICRO_CREDENTIAL + "/creditPoint/point");
  }

  @Test
  void validate_plainEmailIdentifier_cmfViolation() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ObjectNode email = (ObjectNode) credential.get("credentialSubject").get("identifier").get(0);
    email.put("hashed", false);
    email.put("identityHash", "learner@example.org");

    assertThat(validator.validate(credential, KnownUrls.CMF_SCHEMA))
        .extracting(SchemaViolation::instancePath)
        .contains("/credentialSubject/identifier");
    assertThat(validator.validate(credential, KnownUrls.OB_ACHIEVEMENT_CREDENTIAL_SCHEMA)).isEmpty();
  }

  @Test
  void validate_issuerWithoutCountry_cmfViolation() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ((ObjectNode) credential.get("issuer").get("address")).remove("addressCountry");

    assertThat(validator.validate(credential, KnownUrls.CMF_SCHEMA))
        .extracting(SchemaViolation::instancePath)
        .containsExactly("/issuer/address");
  }

  @Test
  void validate_badValidFrom_formatAsserted() {
    ObjectNode credential = Examples.cmfMicroCredential();
    credential.put("validFrom", "30 June 2025");

    assertThat(validator.validate(credential))
        .extracting(SchemaViolation::schemaUrl, SchemaViolation::instancePath)
        .contains(
            tuple(KnownUrls.OB_ACHIEVEMENT_CREDENTIAL_SCHEMA, "/validFrom"),
            tuple(KnownUrls.CMF_SCHEMA, "/validFrom"));
  }

  @Test
  void validate_suspensionStatusArray_failsObPassesCmf() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ObjectNode revocation = (ObjectNode) credential.get("credentialStatus");
    ObjectNode suspension = revocation.deepCopy()
        .put("id", "https://uni.example/status/2#1234")
        .put("statusPurpose", "suspension")
        .put("statusListIndex", "1234")
        .put("statusListCredential", "https://uni.example/status/2");
    ArrayNode statuses = credential.putArray("credentialStatus");
    statuses.add(revocation).add(suspension);

    assertThat(validator.validate(credential, KnownUrls.OB_ACHIEVEMENT_CREDENTIAL_SCHEMA))
        .extracting(SchemaViolation::instancePath)
        .containsExactly("/credentialStatus");
    assertThat(validator.validate(credential, KnownUrls.CMF_SCHEMA)).isEmpty();
  }

  @Test
  void validate_missingCredentialSchema_violation() {
    ObjectNode credential = Examples.cmfMicroCredential();
    credential.remove("credentialSchema");

    assertThat(validator.validate(credential))
        .containsExactly(new SchemaViolation("", "/credentialSchema",
            "missing credentialSchema of type 1EdTechJsonSchemaValidator2019"));
  }

  @Test
  void validate_unknownSchemaUrl_violationWithoutFetch() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ((ArrayNode) credential.get("credentialSchema")).addObject()
        .put("id", "https://schemas.example/other.json")
        .put("type", CredentialSchemaValidator.SCHEMA_TYPE);

    assertThat(validator.validate(credential))
        .containsExactly(new SchemaViolation("https://schemas.example/other.json", "", "unknown schema"));
  }

  @Test
  void validate_obFullExample_passesObSchema() {
    // Its second credentialSchema entry is not bundled: only the OB one is checked here.
    assertThat(validator.validate(Examples.obFullExample(),
        KnownUrls.OB_ACHIEVEMENT_CREDENTIAL_SCHEMA)).isEmpty();
  }

  @Test
  void validate_endorsementSchema_compilesAndRejectsAchievementCredential() {
    assertThat(validator.validate(Examples.cmfMicroCredential(),
        BundledSchemas.OB_ENDORSEMENT_CREDENTIAL_SCHEMA)).isNotEmpty();
  }

  @Test
  void validate_vcdm11Endorsement_passesItsEraSchema() {
    assertThat(validator.validate(endorsement(KnownUrls.VC_V1_CONTEXT, "issuanceDate"))).isEmpty();
  }

  @Test
  void validate_vcdm11EndorsementWithValidFromOnly_issuanceDateRequired() {
    // The 1.1-era schema requires issuanceDate; the 2.0-only one (validFrom) is never used for it.
    assertThat(validator.validate(endorsement(KnownUrls.VC_V1_CONTEXT, "validFrom")))
        .extracting(SchemaViolation::message)
        .singleElement().asString().contains("issuanceDate");
  }

  @Test
  void validate_vcdm20Endorsement_passesTheTwoPointZeroSchema() {
    assertThat(validator.validate(endorsement(KnownUrls.VC_V2_CONTEXT, "validFrom"))).isEmpty();
    assertThat(validator.validate(endorsement(KnownUrls.VC_V2_CONTEXT, "issuanceDate")))
        .isNotEmpty();
  }

  @Test
  void validate_vcdm11Profile_stillUnknown() {
    ObjectNode credential = endorsement(KnownUrls.VC_V1_CONTEXT, "issuanceDate");
    assertThat(validator.validate(credential, BundledSchemas.OB_PROFILE_SCHEMA))
        .extracting(SchemaViolation::message)
        .containsExactly("unknown schema for a VCDM 1.1 credential");
  }

  /** An OB 3.0 EndorsementCredential of the era of {@code vcContext}, dated by {@code dateField}. */
  private static ObjectNode endorsement(String vcContext, String dateField) {
    ObjectNode credential = org.tessera.shared.json.Json.object();
    credential.putArray("@context").add(vcContext)
        .add(vcContext.equals(KnownUrls.VC_V1_CONTEXT)
            ? "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json" : KnownUrls.OB_CONTEXT)
        .add(KnownUrls.OB_EXTENSIONS_CONTEXT);
    credential.put("id", "urn:uuid:6f3b7c1e-3f0a-4c55-9f55-2d1f0e6b1a11");
    credential.putArray("type").add("VerifiableCredential").add("EndorsementCredential");
    credential.put("name", "Endorsement of a course");
    credential.putObject("issuer").put("id", "did:example:endorser").put("name", "Endorser")
        .putArray("type").add("Profile");
    credential.put(dateField, "2026-01-01T00:00:00Z");
    ObjectNode subject = credential.putObject("credentialSubject")
        .put("id", "https://uni.example/achievements/1").put("endorsementComment", "Solid.");
    subject.putArray("type").add("EndorsementSubject");
    credential.putArray("credentialSchema").addObject()
        .put("id", BundledSchemas.OB_ENDORSEMENT_CREDENTIAL_SCHEMA)
        .put("type", CredentialSchemaValidator.SCHEMA_TYPE);
    return credential;
  }

  private static ObjectNode microCredential(ObjectNode credential) {
    return (ObjectNode) credential.get("credentialSubject").get("achievement").get("microCredential");
  }
}
