package org.tessera.issuer.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.institutions.Institution;
import org.tessera.issuer.institutions.Institutions;
import org.tessera.shared.json.Json;

/**
 * {@code GET /institutions}: the awarding bodies this deployment publishes, with their DIDs and
 * addresses, for trust-list operators and wallets. Public: every item is in the DID documents.
 */
final class InstitutionsHandler {

  private final String json;

  InstitutionsHandler(Institutions institutions) {
    ObjectNode root = Json.object();
    ArrayNode items = root.putArray("items");
    for (Institution inst : institutions.all()) {
      IssuerIdentity id = inst.identity();
      ObjectNode item = items.addObject();
      item.put("id", inst.id());
      item.put("name", id.profile().name());
      item.put("did", id.did());
      item.put("url", id.baseUrl());
      item.put("credentialIssuer", id.baseUrl());
    }
    this.json = Json.write(root);
  }

  void list(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=300").contentType(Responses.JSON).result(json);
  }
}
