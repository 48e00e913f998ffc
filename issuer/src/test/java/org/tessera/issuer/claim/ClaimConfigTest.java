package org.tessera.issuer.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.config.ConfigException;

class ClaimConfigTest {

  @Test
  void fromEnvironment_nothingSet_thirtyDaysAndNoMail() {
    ClaimConfig config = ClaimConfig.fromEnvironment(Map.of());

    assertThat(config.ttl()).isEqualTo(Duration.ofDays(30));
    assertThat(config.smtp()).isEmpty();
  }

  @Test
  void fromEnvironment_fullSmtp_isReadWithStartTlsByDefault() {
    ClaimConfig config = ClaimConfig.fromEnvironment(Map.of(
        "ISSUER_CLAIM_TTL", "P7D",
        "ISSUER_SMTP_HOST", "smtp.example.edu",
        "ISSUER_SMTP_PORT", "2525",
        "ISSUER_SMTP_USER", "mailer",
        "ISSUER_SMTP_PASSWORD", "s3cret-pass",
        "ISSUER_SMTP_FROM", "registrar@example.edu"));

    assertThat(config.ttl()).isEqualTo(Duration.ofDays(7));
    SmtpSettings smtp = config.smtp().orElseThrow();
    assertThat(smtp.host()).isEqualTo("smtp.example.edu");
    assertThat(smtp.port()).isEqualTo(2525);
    assertThat(smtp.user()).contains("mailer");
    assertThat(smtp.startTls()).isTrue();
    assertThat(smtp.toString()).doesNotContain("s3cret-pass");
  }

  @Test
  void fromEnvironment_badValues_listsEveryProblem() {
    assertThatThrownBy(() -> ClaimConfig.fromEnvironment(Map.of(
        "ISSUER_CLAIM_TTL", "30",
        "ISSUER_SMTP_HOST", "smtp.example.edu",
        "ISSUER_SMTP_PORT", "99999",
        "ISSUER_SMTP_STARTTLS", "maybe",
        "ISSUER_SMTP_PASSWORD", "x")))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .anyMatch(p -> p.startsWith("ISSUER_CLAIM_TTL"))
            .anyMatch(p -> p.startsWith("ISSUER_SMTP_PORT"))
            .anyMatch(p -> p.startsWith("ISSUER_SMTP_STARTTLS"))
            .anyMatch(p -> p.startsWith("ISSUER_SMTP_FROM"))
            .anyMatch(p -> p.startsWith("ISSUER_SMTP_PASSWORD")));
  }

  @Test
  void fromEnvironment_fromWithoutHost_isAProblem() {
    assertThatThrownBy(() -> ClaimConfig.fromEnvironment(
        Map.of("ISSUER_SMTP_FROM", "registrar@example.edu")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("ISSUER_SMTP_HOST");
  }

  @Test
  void fromEnvironment_verifierUrl_httpsOrLocalHttpOnly() {
    assertThat(ClaimConfig.fromEnvironment(Map.of("ISSUER_VERIFIER_URL",
        "https://verify.example.eu")).verifierUrl()).contains(
        java.net.URI.create("https://verify.example.eu"));
    assertThat(ClaimConfig.fromEnvironment(Map.of("ISSUER_VERIFIER_URL",
        "http://localhost:8081")).verifierUrl()).isPresent();
    assertThat(ClaimConfig.defaults().verifierUrl()).isEmpty();
    for (String bad : new String[] {"http://verify.example.eu", "https://v.example.eu/?a=1",
        "ftp://v.example.eu", "not a url"}) {
      assertThatThrownBy(() -> ClaimConfig.fromEnvironment(Map.of("ISSUER_VERIFIER_URL", bad)))
          .as(bad).isInstanceOf(ConfigException.class)
          .hasMessageContaining("ISSUER_VERIFIER_URL");
    }
  }
}
