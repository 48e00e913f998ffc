package org.tessera.shared.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.shared.model.cmf.CreditPoint;
import org.tessera.shared.model.cmf.MicroCredentialProfile;

class ModelValidationTest {

  private static final AchievementCredential SAMPLE = SampleCredentials.conformant();

  @Test
  void profile_blankName_rejectedNamingField() {
    assertThatThrownBy(() -> new Profile("did:web:a.example", " ", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name:");
  }

  @Test
  void profile_relativeId_rejectedWithoutEchoingValue() {
    assertThatThrownBy(() -> new Profile("issuers/secret-value", "A", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessageStartingWith("id:")
        .hasMessageNotContaining("secret-value");
  }

  @Test
  void profile_typeWithoutProfile_rejected() {
    assertThatThrownBy(() -> new Profile("did:web:a.example", List.of("Issuer"), "A",
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
        .hasMessageStartingWith("type:");
  }

  @Test
  void uri_didUrnHttpsAndDataUris_accepted() {
    assertThat(Checks.uri("did:web:a.example", "id")).isEqualTo("did:web:a.example");
    assertThat(Checks.uri("urn:uuid:1", "id")).isEqualTo("urn:uuid:1");
    assertThat(Checks.uri("https://a.example/x?y=1", "id")).isEqualTo("https://a.example/x?y=1");
    assertThat(Checks.uri("data:image/png;base64,iVBORw0KGgo=", "id")).startsWith("data:");
    assertThatThrownBy(() -> Checks.uri("https://a.example/with space", "id"))
        .hasMessageStartingWith("id:");
  }

  @Test
  void address_lowercaseCountryCode_rejected() {
    assertThatThrownBy(() -> Address.country("pt")).hasMessageStartingWith("addressCountryCode:");
    assertThat(Address.country("PT").addressCountry()).isEqualTo("PT");
  }

  @Test
  void criteria_neitherIdNorNarrative_rejected() {
    assertThatThrownBy(() -> new Criteria(Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void achievement_badLanguageAndNegativeCredits_rejected() {
    Achievement a = SAMPLE.credentialSubject().achievement();
    assertThatThrownBy(() -> new Achievement(a.id(), a.type(), a.achievementType(), a.name(),
        a.description(), a.criteria(), Optional.of(-1.0), a.alignment(), a.inLanguage(),
        a.fieldOfStudy(), a.creator(), a.resultDescription(), a.image(), a.microCredential()))
        .hasMessageStartingWith("creditsAvailable:");
    assertThatThrownBy(() -> new Achievement(a.id(), a.type(), a.achievementType(), a.name(),
        a.description(), a.criteria(), a.creditsAvailable(), a.alignment(),
        Optional.of("english"), a.fieldOfStudy(), a.creator(), a.resultDescription(), a.image(),
        a.microCredential()))
        .hasMessageStartingWith("inLanguage:");
  }

  @Test
  void achievement_listsCopied_laterChangesInvisible() {
    Achievement a = SAMPLE.credentialSubject().achievement();
    List<Alignment> alignments = new ArrayList<>(a.alignment());
    Achievement copy = new Achievement(a.id(), a.type(), a.achievementType(), a.name(),
        a.description(), a.criteria(), a.creditsAvailable(), alignments, a.inLanguage(),
        a.fieldOfStudy(), a.creator(), a.resultDescription(), a.image(), a.microCredential());

    alignments.add(Alignment.eqf(7));

    assertThat(copy.alignment()).hasSize(1);
    assertThatThrownBy(() -> copy.alignment().add(Alignment.eqf(5)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void statusEntry_indexNotDigits_rejected() {
    assertThatThrownBy(() -> new StatusEntry("https://s.example/1#1", StatusEntry.TYPE,
        "revocation", "-1", "https://s.example/1")).hasMessageStartingWith("statusListIndex:");
    assertThatThrownBy(() -> new StatusEntry("https://s.example/1#1", StatusEntry.TYPE,
        "revocation", "01", "https://s.example/1")).hasMessageStartingWith("statusListIndex:");
    assertThatThrownBy(() -> new StatusEntry("https://s.example/1#1", "StatusList2021Entry",
        "revocation", "1", "https://s.example/1")).hasMessageStartingWith("type:");
  }

  @Test
  void statusEntry_of_idIsListUrlWithFragment() {
    StatusEntry entry = StatusEntry.of("revocation", "https://s.example/1", 42);

    assertThat(entry.id()).isEqualTo("https://s.example/1#42");
    assertThat(entry.statusListIndex()).isEqualTo("42");
    assertThat(entry.index()).isEqualTo(42);
  }

  @Test
  void credential_threeStatusEntries_rejected() {
    assertThatThrownBy(() -> SampleCredentials.withStatus(List.of(SampleCredentials.revocation(),
        SampleCredentials.suspension(), StatusEntry.of("message", "https://s.example/m", 1))))
        .hasMessageStartingWith("credentialStatus:");
  }

  @Test
  void credential_twoEntriesSamePurpose_rejected() {
    assertThatThrownBy(() -> SampleCredentials.withStatus(List.of(SampleCredentials.revocation(),
        StatusEntry.of("revocation", "https://s.example/2", 1))))
        .hasMessageStartingWith("credentialStatus:");
  }

  @Test
  void credential_validUntilNotAfterValidFrom_rejected() {
    assertThatThrownBy(() -> new AchievementCredential(SAMPLE.contexts(), SAMPLE.id(),
        SAMPLE.type(), SAMPLE.name(), SAMPLE.description(), SAMPLE.issuer(), SAMPLE.validFrom(),
        Optional.of(SAMPLE.validFrom()), SAMPLE.credentialSubject(), List.of(), List.of(),
        List.of(), Optional.empty())).hasMessageStartingWith("validUntil:");
  }

  @Test
  void credential_contextNotStartingWithVc_rejected() {
    assertThatThrownBy(() -> new AchievementCredential(
        List.of("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"), SAMPLE.id(), SAMPLE.type(), SAMPLE.name(),
        SAMPLE.description(), SAMPLE.issuer(), SAMPLE.validFrom(), Optional.empty(),
        SAMPLE.credentialSubject(), List.of(), List.of(), List.of(), Optional.empty()))
        .hasMessageStartingWith("@context:");
  }

  @Test
  void credential_typeWithoutOpenBadgeCredential_rejected() {
    assertThatThrownBy(() -> new AchievementCredential(SAMPLE.contexts(), SAMPLE.id(),
        List.of("VerifiableCredential"), SAMPLE.name(), SAMPLE.description(), SAMPLE.issuer(),
        SAMPLE.validFrom(), Optional.empty(), SAMPLE.credentialSubject(), List.of(), List.of(),
        List.of(), Optional.empty())).hasMessageStartingWith("type:");
  }

  @Test
  void credential_nullOptional_rejectedNamingField() {
    assertThatThrownBy(() -> new AchievementCredential(SAMPLE.contexts(), SAMPLE.id(),
        SAMPLE.type(), SAMPLE.name(), null, SAMPLE.issuer(), SAMPLE.validFrom(),
        Optional.empty(), SAMPLE.credentialSubject(), List.of(), List.of(), List.of(),
        Optional.empty())).hasMessageStartingWith("description:");
  }

  @Test
  void subject_endBeforeStart_rejected() {
    AchievementSubject s = SAMPLE.credentialSubject();
    assertThatThrownBy(() -> new AchievementSubject(s.id(), s.achievement(), s.identifier(),
        s.result(), Optional.empty(), Optional.of(Instant.parse("2025-02-01T00:00:00Z")),
        Optional.of(Instant.parse("2025-01-01T00:00:00Z"))))
        .hasMessageStartingWith("activityEndDate:");
  }

  @Test
  void microCredential_eqfOutOfRangeAndZeroVolume_rejected() {
    MicroCredentialProfile m = SampleCredentials.microCredential();
    assertThatThrownBy(() -> new MicroCredentialProfile(m.learningOutcomes(),
        m.volumeOfLearning(), m.creditPoint(), 9, m.nqfLevel(), m.assessment(),
        m.participationForm(), m.qualityAssurance(), m.prerequisites(),
        m.identityVerification(), m.stackability(), m.furtherInformation()))
        .hasMessageStartingWith("eqfLevel:");
    assertThatThrownBy(() -> new MicroCredentialProfile(m.learningOutcomes(), Duration.ZERO,
        m.creditPoint(), m.eqfLevel(), m.nqfLevel(), m.assessment(), m.participationForm(),
        m.qualityAssurance(), m.prerequisites(), m.identityVerification(), m.stackability(),
        m.furtherInformation()))
        .hasMessageStartingWith("volumeOfLearning:");
  }

  @Test
  void microCredential_noLearningOutcome_rejected() {
    MicroCredentialProfile m = SampleCredentials.microCredential();
    assertThatThrownBy(() -> new MicroCredentialProfile(List.of(), m.volumeOfLearning(),
        m.creditPoint(), m.eqfLevel(), m.nqfLevel(), m.assessment(), m.participationForm(),
        m.qualityAssurance(), m.prerequisites(), m.identityVerification(), m.stackability(),
        m.furtherInformation()))
        .hasMessageStartingWith("learningOutcomes:");
  }

  @Test
  void creditPoint_negative_rejected() {
    assertThatThrownBy(() -> CreditPoint.ects(-0.5)).hasMessageStartingWith("point:");
    assertThat(CreditPoint.ects(5).isEcts()).isTrue();
  }

  @Test
  void alignment_eqf_contractShape() {
    Alignment eqf = Alignment.eqf(6);

    assertThat(eqf.targetUrl()).isEqualTo("http://data.europa.eu/snb/eqf/6");
    assertThat(eqf.targetCode()).contains("6");
    assertThat(eqf.targetFramework()).contains("European Qualifications Framework");
    assertThatThrownBy(() -> Alignment.eqf(0)).hasMessageStartingWith("eqfLevel:");
  }
}
