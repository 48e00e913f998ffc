package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class CredentialViewTest {

  private static ObjectNode example() throws IOException {
    return Json.parseUntrustedObject(Files.readString(
        Path.of("../docs/examples/cmf-microcredential.json"))).orElseThrow();
  }

  @Test
  void of_documentedExample_everyCmfField() throws IOException {
    CredentialView view = CredentialView.of(example());
    assertThat(view.title()).contains("Applied Data Privacy Engineering");
    assertThat(view.learnerName()).contains("Alex Example");
    assertThat(view.issuedOn()).contains("2025-06-30T12:00:00Z");
    assertThat(view.learningOutcomes()).hasSize(2);
    assertThat(view.ects()).contains("5");
    assertThat(view.hours()).contains("125");
    assertThat(view.eqfLevel()).contains("6");
    assertThat(view.nqfLevel()).contains("NLQF 6");
    assertThat(view.assessmentMethods()).containsExactly("written examination", "project report");
    assertThat(view.summative()).contains(true);
    assertThat(view.identityVerification()).contains("supervised-onsite");
    assertThat(view.qaType()).contains("internal-and-external");
    assertThat(view.participationForm()).contains("blended");
    assertThat(view.grade()).contains("B");
    assertThat(view.issuerCountry()).contains("NL");
  }

  @Test
  void of_hashedNameOnly_noLearnerName() throws IOException {
    ObjectNode credential = example();
    ((ObjectNode) credential.get("credentialSubject").get("identifier").get(1))
        .put("hashed", true);
    assertThat(CredentialView.of(credential).learnerName()).isEmpty();
  }

  @Test
  void of_emptyObject_allEmpty() {
    CredentialView view = CredentialView.of(Json.object());
    assertThat(view.title()).isEmpty();
    assertThat(view.learningOutcomes()).isEmpty();
    assertThat(view.grade()).isEqualTo(Optional.empty());
  }

  @Test
  void of_eqfLevelTheTrustCheckCannotRead_notShown() throws IOException {
    for (String level : List.of("http://data.europa.eu/snb/eqf/8\n",
        "https://evil.example/eqf/8", " 8")) {
      ObjectNode credential = example();
      ((ObjectNode) credential.at("/credentialSubject/achievement/microCredential"))
          .put("eqfLevel", level);
      assertThat(CredentialView.of(credential).eqfLevel()).as(level).isEmpty();
    }
  }

  @Test
  void of_embeddedBadgeImage_shown_remoteOrScriptImageNot() throws IOException {
    ObjectNode credential = example();
    ObjectNode achievement = (ObjectNode) credential.at("/credentialSubject/achievement");
    achievement.putObject("image").put("id", "data:image/png;base64,iVBORw0KGgo=")
        .put("type", "Image");
    assertThat(CredentialView.of(credential).badgeImage())
        .contains("data:image/png;base64,iVBORw0KGgo=");

    achievement.put("image", "https://tracker.example/badge.png");
    credential.put("image", "data:text/html;base64,PHNjcmlwdD4=");
    assertThat(CredentialView.of(credential).badgeImage()).isEmpty();
  }

  @Test
  void hours_nonWholeDuration_oneDecimal() {
    assertThat(CredentialView.hours("PT90M")).contains("1.5");
    assertThat(CredentialView.hours("P1D")).contains("24");
    assertThat(CredentialView.hours("nonsense")).isEmpty();
  }
}
