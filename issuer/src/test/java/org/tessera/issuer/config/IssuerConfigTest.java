package org.tessera.issuer.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IssuerConfigTest {

  private static Map<String, String> production() {
    return ProductionEnvironment.minimal();
  }

  @Test
  void fromEnvironment_minimalProduction_appliesDefaults() {
    IssuerConfig config = IssuerConfig.fromEnvironment(production());

    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:sqlite:data/tessera-issuer.db");
    assertThat(config.keysDir()).isEqualTo(Path.of("/etc/tessera/keys"));
    assertThat(config.signingKid()).isEmpty();
    assertThat(config.statusTtl()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.issuerCountry()).isEqualTo("BE");
    assertThat(config.demo()).isFalse();
    assertThat(config.didDocumentPath()).isEqualTo("/.well-known/did.json");
  }

  @Test
  void fromEnvironment_baseUrlWithPath_servesDidDocumentUnderPath() {
    Map<String, String> env = production();
    env.put("ISSUER_BASE_URL", "https://example.edu/issuer/");

    IssuerConfig config = IssuerConfig.fromEnvironment(env);

    assertThat(config.baseUrl()).isEqualTo(URI.create("https://example.edu/issuer"));
    assertThat(config.didDocumentPath()).isEqualTo("/did.json");
  }

  @Test
  void fromEnvironment_emptyEnvironment_listsEveryMissingVariable() {
    assertThatThrownBy(() -> IssuerConfig.fromEnvironment(Map.of()))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p).startsWith("ISSUER_KEYS"))
            .anySatisfy(p -> assertThat(p).startsWith("ISSUER_ADMIN_TOKEN"))
            .anySatisfy(p -> assertThat(p).startsWith("ISSUER_NAME"))
            .anySatisfy(p -> assertThat(p).startsWith("ISSUER_COUNTRY")));
  }

  @Test
  void fromEnvironment_badValues_reportsOneLinePerProblem() {
    Map<String, String> env = production();
    env.put("ISSUER_PORT", "http");
    env.put("ISSUER_ADMIN_TOKEN", "short");
    env.put("ISSUER_COUNTRY", "XX");
    env.put("ISSUER_STATUS_TTL", "-5");
    env.put("ISSUER_DB", "jdbc:mysql://x");
    env.put("ISSUER_BASE_URL", "ftp://example.edu");

    assertThatThrownBy(() -> IssuerConfig.fromEnvironment(env))
        .isInstanceOfSatisfying(ConfigException.class,
            e -> assertThat(e.problems()).hasSize(6));
  }

  @Test
  void fromEnvironment_demo_acceptsShortTokenAndDefaults() {
    IssuerConfig config = IssuerConfig.fromEnvironment(
        Map.of("ISSUER_DEMO", "true", "ISSUER_ADMIN_TOKEN", "demo"));

    assertThat(config.keysDir()).isEqualTo(Path.of("keys-sample/issuer"));
    assertThat(config.issuerCountry()).isEqualTo("NL");
    assertThat(config.issuerName()).isEqualTo("Tessera Demo University");
  }

  @Test
  void toString_neverContainsToken() {
    IssuerConfig config = IssuerConfig.fromEnvironment(production());

    assertThat(config.toString()).doesNotContain("0123456789abcdef");
  }
}
