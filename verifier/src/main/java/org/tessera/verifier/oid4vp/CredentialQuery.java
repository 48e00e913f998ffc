package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One DCQL Credential Query as the verifier checks answers against it: its id, format,
 * whether several credentials may come, the accepted type sets ({@code meta.type_values},
 * expanded IRIs; for {@code dc+sd-jwt} each {@code meta.vct_values} entry is a set of one) and
 * the claim sets (the claims of one of them must be present).
 *
 * @param claimSets alternatives, each a list of claims that must all be present; empty = no
 *     claim requested
 */
public record CredentialQuery(String id, String format, boolean multiple,
    List<List<String>> typeValues, List<List<ClaimQuery>> claimSets) {

  /** A VCDM 1.1 VP JWT of JWT VCs (Appendix B.1). */
  public static final String JWT_VC_JSON = "jwt_vc_json";
  /** An SD-JWT VC with a key-binding JWT (Appendix B.3). */
  public static final String DC_SD_JWT = "dc+sd-jwt";

  public CredentialQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(format, "format");
    typeValues = typeValues.stream().map(List::copyOf).toList();
    claimSets = claimSets.stream().map(List::copyOf).toList();
  }

  /** A claim path pointer (strings: keys; {@code null}: every array element) and its values. */
  public record ClaimQuery(String id, List<String> path, List<JsonNode> values) {
    public ClaimQuery {
      path = new ArrayList<>(path); // may hold null (array wildcard): no List.copyOf
      values = List.copyOf(values);
    }
  }

  /** Reads one entry of a query's {@code credentials} (the verifier's own, bundled JSON). */
  static CredentialQuery fromJson(JsonNode json) {
    List<List<String>> types = new ArrayList<>();
    json.path("meta").path("type_values").forEach(alternative -> {
      List<String> set = new ArrayList<>();
      alternative.forEach(t -> set.add(t.asText()));
      types.add(set);
    });
    json.path("meta").path("vct_values").forEach(vct -> types.add(List.of(vct.asText())));
    List<ClaimQuery> claims = new ArrayList<>();
    json.path("claims").forEach(claim -> {
      List<String> path = new ArrayList<>();
      claim.path("path").forEach(p -> path.add(p.isNull() ? null : p.asText()));
      List<JsonNode> values = new ArrayList<>();
      claim.path("values").forEach(values::add);
      claims.add(new ClaimQuery(claim.path("id").asText(""), path, values));
    });
    List<List<ClaimQuery>> sets = new ArrayList<>();
    if (json.has("claim_sets")) {
      json.get("claim_sets").forEach(set -> {
        List<ClaimQuery> chosen = new ArrayList<>();
        set.forEach(id -> claim(claims, id.asText()).ifPresent(chosen::add));
        sets.add(chosen);
      });
    } else if (!claims.isEmpty()) {
      sets.add(claims);
    }
    return new CredentialQuery(json.path("id").asText(), json.path("format").asText(),
        json.path("multiple").asBoolean(false), types, sets);
  }

  public boolean sdJwt() {
    return DC_SD_JWT.equals(format);
  }

  private static Optional<ClaimQuery> claim(List<ClaimQuery> claims, String id) {
    return claims.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
