package org.tessera.issuer.claim;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import org.tessera.issuer.issuance.CredentialRow;
import org.tessera.shared.json.Json;

/** What the claim page and downloads show of one stored credential. */
record ClaimedCredential(String id, String title, String issuerName, String jwt,
    JsonNode credential, boolean revoked, boolean suspended) {

  ClaimedCredential {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(issuerName, "issuerName");
    Objects.requireNonNull(jwt, "jwt");
    Objects.requireNonNull(credential, "credential");
  }

  static ClaimedCredential of(CredentialRow row) {
    JsonNode credential = Json.parseUntrusted(row.credentialJson())
        .orElseThrow(() -> new IllegalStateException("stored credential is not JSON"));
    String title = text(credential.path("credentialSubject").path("achievement").path("name"),
        text(credential.path("name"), "Micro-credential"));
    JsonNode issuer = credential.path("issuer");
    String issuerName = text(issuer.path("name"), issuer.isTextual() ? issuer.asText()
        : text(issuer.path("id"), "Issuer"));
    return new ClaimedCredential(row.id(), title, issuerName, row.jwt(), credential,
        row.revoked(), row.suspended());
  }

  private static String text(JsonNode node, String fallback) {
    return node.isTextual() && !node.asText().isBlank() ? node.asText() : fallback;
  }
}
