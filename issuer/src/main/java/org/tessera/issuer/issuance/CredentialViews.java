package org.tessera.issuer.issuance;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.shared.json.Json;

/** The admin API's JSON for stored credentials. */
final class CredentialViews {

  private CredentialViews() {}

  /** State and references; with {@code full}, also the JWT and the credential. */
  static ObjectNode of(CredentialRow row, boolean full) {
    ObjectNode json = Json.object();
    json.put("id", row.id());
    json.put("credentialId", "urn:uuid:" + row.id());
    row.achievementId().ifPresent(a -> json.put("achievementId", a));
    json.put("subjectId", row.subjectId());
    json.put("signingKid", row.signingKid());
    json.put("createdAt", row.createdAt().toString());
    ObjectNode status = json.putObject("status");
    status.put("revoked", row.revoked());
    status.put("suspended", row.suspended());
    row.revocationReason().ifPresent(r -> status.put("revocationReason", r));
    status.putObject("revocation").put("list", row.revocation().listId())
        .put("index", row.revocation().index());
    row.suspension().ifPresent(s -> status.putObject("suspension").put("list", s.listId())
        .put("index", s.index()));
    if (full) {
      json.put("jwt", row.jwt());
      json.set("credential", Json.parseUntrusted(row.credentialJson()).orElseThrow());
    }
    return json;
  }
}
