package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.shared.json.Json;

/**
 * The DCQL queries this verifier offers, by name, read once from the bundled
 * {@code dcql-queries.json} (documented in docs/presentations.md). Only {@code jwt_vc_json}
 * and {@code dc+sd-jwt} credential queries are offered; the file is checked when read, so a bad edit fails start-up.
 */
public final class DcqlQueries {

  private static final String RESOURCE = "/org/tessera/verifier/oid4vp/dcql-queries.json";

  private final Map<String, DcqlQuery> byName;
  private final List<String> names;

  private DcqlQueries(Map<String, DcqlQuery> byName) {
    this.byName = Map.copyOf(byName);
    this.names = List.copyOf(byName.keySet());
  }

  /** The bundled queries. */
  public static DcqlQueries bundled() {
    try (InputStream in = DcqlQueries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      JsonNode all = Json.mapper().readTree(in);
      Map<String, DcqlQuery> queries = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> entry : all.properties()) {
        DcqlQuery query = DcqlQuery.fromJson(entry.getKey(), (ObjectNode) entry.getValue());
        checkOffered(query);
        queries.put(entry.getKey(), query);
      }
      return new DcqlQueries(queries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<DcqlQuery> named(String name) {
    return Optional.ofNullable(name).map(byName::get);
  }

  /** The names, in the file's order (the page lists them so). */
  public List<String> names() {
    return names;
  }

  private static void checkOffered(DcqlQuery query) {
    List<String> ids = new ArrayList<>();
    for (CredentialQuery credential : query.credentials()) {
      if (!CredentialQuery.JWT_VC_JSON.equals(credential.format()) && !credential.sdJwt()
          || !credential.id().matches("[A-Za-z0-9_-]+") || ids.contains(credential.id())
          || credential.typeValues().isEmpty()) {
        throw new IllegalStateException("DCQL query " + query.name()
            + ": credential ids must be unique [A-Za-z0-9_-]+, jwt_vc_json with type_values"
            + " or dc+sd-jwt with vct_values");
      }
      ids.add(credential.id());
    }
    for (DcqlQuery.CredentialSet set : query.credentialSets()) {
      if (set.options().stream().flatMap(List::stream).anyMatch(id -> !ids.contains(id))) {
        throw new IllegalStateException("DCQL query " + query.name()
            + ": credential_sets name an unknown credential id");
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("DCQL query " + query.name() + " asks for nothing");
    }
  }
}
