package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.verifier.oid4vp.CredentialQuery.ClaimQuery;

/**
 * Whether verified credentials satisfy a DCQL query (OpenID4VP §6.4, VP Token validation step
 * 2): each answered id was asked for, a query without {@code multiple} got one credential,
 * every credential has one of the query's type sets and the claims of one of its claim sets
 * (values matched exactly when given), and every required credential set has an option whose
 * ids were all answered. Types are compared as expanded IRIs ({@link ExpandedTypes}); an SD-JWT
 * VC's {@code vct} by {@link SdJwtTypes}.
 */
final class DcqlMatch {

  private DcqlMatch() {}

  /**
   * @param answered per credential query id, the credentials of its presentations (the
   *     credential JSON of each verified credential)
   * @return why the answer does not satisfy the query, or empty when it does
   */
  static Optional<String> check(DcqlQuery query, Map<String, List<JsonNode>> answered) {
    for (Map.Entry<String, List<JsonNode>> entry : answered.entrySet()) {
      Optional<CredentialQuery> asked = query.credential(entry.getKey());
      if (asked.isEmpty()) {
        return Optional.of("an answer for a credential query id that was not asked for");
      }
      CredentialQuery credential = asked.get();
      if (!credential.multiple() && entry.getValue().size() != 1) {
        return Optional.of(credential.id() + ": one credential asked for, "
            + entry.getValue().size() + " presented");
      }
      for (int i = 0; i < entry.getValue().size(); i++) {
        JsonNode presented = entry.getValue().get(i);
        if (!typesMatch(credential, presented)) {
          return Optional.of(credential.id() + " #" + (i + 1) + ": not of a type asked for");
        }
        if (!claimsMatch(credential, presented)) {
          return Optional.of(credential.id() + " #" + (i + 1) + ": a requested claim is"
              + " missing or has another value");
        }
      }
    }
    for (DcqlQuery.CredentialSet set : query.effectiveSets()) {
      boolean answeredOne = set.options().stream()
          .anyMatch(option -> option.stream().allMatch(answered::containsKey));
      if (set.required() && !answeredOne) {
        return Optional.of("no option of a required credential set was answered: "
            + set.options());
      }
    }
    return Optional.empty();
  }

  private static boolean typesMatch(CredentialQuery query, JsonNode credential) {
    if (query.sdJwt()) {
      return SdJwtTypes.matches(query, credential);
    }
    Set<String> types = new HashSet<>();
    JsonNode type = credential.path("type");
    if (type.isTextual()) {
      types.add(ExpandedTypes.expand(type.asText()));
    }
    type.forEach(t -> types.add(ExpandedTypes.expand(t.asText())));
    return query.typeValues().stream().anyMatch(types::containsAll);
  }

  private static boolean claimsMatch(CredentialQuery query, JsonNode credential) {
    return query.claimSets().isEmpty() || query.claimSets().stream()
        .anyMatch(set -> set.stream().allMatch(claim -> present(claim, credential)));
  }

  /** Claims path pointer: a string selects a key, null every element of an array. */
  private static boolean present(ClaimQuery claim, JsonNode credential) {
    List<JsonNode> selected = List.of(credential);
    for (String step : claim.path()) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : selected) {
        if (step == null && node.isArray()) {
          node.forEach(next::add);
        } else if (step != null && node.isObject() && node.has(step)) {
          next.add(node.get(step));
        } else if (step != null && node.isArray() && step.matches("[0-9]{1,4}")
            && node.has(Integer.parseInt(step))) {
          next.add(node.get(Integer.parseInt(step)));
        }
      }
      selected = next;
    }
    if (claim.values().isEmpty()) {
      return !selected.isEmpty();
    }
    return selected.stream().anyMatch(value -> claim.values().contains(value));
  }
}
