package org.tessera.verifier.ob2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class IssuerOriginsTest {

  private static final URI PROFILE = URI.create("https://badges.example.edu/issuer.json");

  private static IssuerOrigins origins(ObjectNode verification) {
    ObjectNode profile = Json.object();
    if (verification != null) {
      profile.set("verification", verification);
    }
    return new IssuerOrigins(PROFILE, profile);
  }

  @Test
  void allows_withoutPolicy_onlyTheProfilesOrigin() {
    IssuerOrigins origins = origins(null);
    assertThat(origins.allows(URI.create("https://badges.example.edu/a/1.json"))).isTrue();
    assertThat(origins.allows(URI.create("https://badges.example.edu:443/a/1.json"))).isTrue();
    assertThat(origins.allows(URI.create("http://badges.example.edu/a/1.json"))).isFalse();
    assertThat(origins.allows(URI.create("https://badges.example.edu:8443/a/1.json"))).isFalse();
    assertThat(origins.allows(URI.create("https://evil.example/a/1.json"))).isFalse();
    assertThat(origins.allows(URI.create("https://x.badges.example.edu/a.json"))).isFalse();
  }

  @Test
  void allows_allowedOrigins_replaceTheDefault() {
    ObjectNode verification = Json.object();
    verification.putArray("allowedOrigins").add("cdn.example.org").add("Other.Example:8443");
    IssuerOrigins origins = origins(verification);
    assertThat(origins.allows(URI.create("https://cdn.example.org/a.json"))).isTrue();
    assertThat(origins.allows(URI.create("https://other.example:8443/a.json"))).isTrue();
    assertThat(origins.allows(URI.create("https://badges.example.edu/a.json"))).isFalse();
  }

  @Test
  void allows_startsWith_prefixMustMatch() {
    IssuerOrigins origins = origins(Json.object()
        .put("startsWith", "https://badges.example.edu/public/"));
    assertThat(origins.allows(URI.create("https://badges.example.edu/public/a.json"))).isTrue();
    assertThat(origins.allows(URI.create("https://badges.example.edu/private/a.json"))).isFalse();
  }
}
