package org.tessera.verifier.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.IdentityObject;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;

/**
 * A hosted Open Badges 2.0 badge on a test issuer's site (http://localhost, so verifiers need
 * the development switch, as for did:web in {@link Fixture}): issuer Profile, BadgeClass,
 * RevocationList and one assertion, issued to {@link #EMAIL}.
 */
public final class Ob2Badges {

  public static final String EMAIL = "learner@example.org";
  public static final String CONTEXT = "https://w3id.org/openbadges/v2";

  private Ob2Badges() {}

  public static String issuerId(IssuerSite site) {
    return site.baseUrl() + "/ob2/issuer.json";
  }

  /** Publishes the issuer's documents and an assertion at {@code /ob2/assertions/<slug>.json}. */
  public static ObjectNode publishHosted(IssuerSite site, String slug) {
    String base = site.baseUrl() + "/ob2";
    publish(site, document("Issuer", base + "/issuer.json").put("name", "Example University")
        .put("revocationList", base + "/revocations.json"));
    publish(site, document("BadgeClass", base + "/badge.json").put("name", "Data Literacy")
        .put("description", "Reads and questions data.").put("image", base + "/badge.png")
        .put("issuer", base + "/issuer.json"));
    ObjectNode list = document("RevocationList", base + "/revocations.json");
    list.putArray("revokedAssertions");
    publish(site, list);
    ObjectNode assertion = document("Assertion", base + "/assertions/" + slug + ".json")
        .put("badge", base + "/badge.json").put("issuedOn", "2025-06-01T10:00:00Z");
    assertion.putObject("recipient").put("type", "email").put("hashed", true).put("salt", "s1")
        .put("identity", IdentityObject.hashedEmail(EMAIL, "s1").identityHash());
    assertion.putObject("verification").put("type", "HostedBadge");
    publish(site, assertion);
    return assertion;
  }

  /** Serves {@code document} at the path of its own id. */
  public static void publish(IssuerSite site, ObjectNode document) {
    String path = document.get("id").asText().substring(site.baseUrl().length());
    site.publish(path, "application/ld+json", Json.write(document));
  }

  /** The issuer, granted since 2000, with any scope. */
  public static TrustedIssuer trusted(IssuerSite site) {
    return new TrustedIssuer(issuerId(site), "Example University", "NL",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2000-01-01T00:00:00Z"))),
        List.of(), new AccreditationScope(List.of(), AccreditationScope.EQF_MIN,
            AccreditationScope.EQF_MAX, List.of(), Optional.empty()));
  }

  private static ObjectNode document(String type, String id) {
    return Json.object().put("@context", CONTEXT).put("type", type).put("id", id);
  }
}
