package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named DCQL query the verifier offers: the JSON sent in the request object and the parts
 * an answer is checked against (credential queries, credential sets).
 *
 * @param name the name a page or API client asks for (e.g. {@code micro-credentials})
 * @param json the {@code dcql_query} exactly as sent
 */
public record DcqlQuery(String name, ObjectNode json, List<CredentialQuery> credentials,
    List<CredentialSet> credentialSets) {

  public DcqlQuery {
    Objects.requireNonNull(name, "name");
    json = json.deepCopy();
    credentials = List.copyOf(credentials);
    credentialSets = List.copyOf(credentialSets);
  }

  /** One {@code credential_sets} entry: one of the options (lists of ids) must be answered. */
  public record CredentialSet(List<List<String>> options, boolean required) {
    public CredentialSet {
      options = options.stream().map(List::copyOf).toList();
    }
  }

  public Optional<CredentialQuery> credential(String id) {
    return credentials.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /** The sent JSON (a copy). */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }

  /**
   * The credential sets to satisfy: the declared ones, or, without {@code credential_sets},
   * every credential query required (DCQL's rule).
   */
  public List<CredentialSet> effectiveSets() {
    if (!credentialSets.isEmpty()) {
      return credentialSets;
    }
    return credentials.stream()
        .map(c -> new CredentialSet(List.of(List.of(c.id())), true)).toList();
  }

  static DcqlQuery fromJson(String name, ObjectNode json) {
    List<CredentialQuery> credentials = new ArrayList<>();
    json.path("credentials").forEach(c -> credentials.add(CredentialQuery.fromJson(c)));
    List<CredentialSet> sets = new ArrayList<>();
    json.path("credential_sets").forEach(set -> {
      List<List<String>> options = new ArrayList<>();
      set.path("options").forEach(option -> {
        List<String> ids = new ArrayList<>();
        option.forEach(id -> ids.add(id.asText()));
        options.add(ids);
      });
      JsonNode required = set.get("required");
      sets.add(new CredentialSet(options, required == null || required.asBoolean()));
    });
    return new DcqlQuery(name, json, credentials, sets);
  }
}
