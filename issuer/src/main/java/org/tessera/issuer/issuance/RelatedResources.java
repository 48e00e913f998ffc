package org.tessera.issuer.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.tessera.issuer.result.FieldError;
import org.tessera.shared.integrity.RelatedResource;
import org.tessera.shared.jsonld.BundledContexts;
import org.tessera.shared.model.KnownUrls;
import org.tessera.shared.schema.BundledSchemas;

/**
 * The VC 2.0 {@code relatedResource} entries Tessera adds to what it signs (docs/decisions/0036):
 * the SHA-384 SRI digest of its own CMF context and CMF schema, computed from the bundled bytes
 * (the very bytes the issuer serves), for those of them a credential references.
 */
public final class RelatedResources {

  static final String FIELD = "relatedResource";

  private final List<RelatedResource> ours;

  private RelatedResources(List<RelatedResource> ours) {
    this.ours = List.copyOf(ours);
  }

  /** Digests the bundled CMF context and schema; a missing file is a packaging bug. */
  public static RelatedResources bundled() {
    return new RelatedResources(List.of(
        RelatedResource.of(KnownUrls.CMF_CONTEXT, bundled(BundledContexts.bytes(
            KnownUrls.CMF_CONTEXT)), "application/ld+json"),
        RelatedResource.of(KnownUrls.CMF_SCHEMA, bundled(BundledSchemas.bytes(
            KnownUrls.CMF_SCHEMA)), "application/schema+json")));
  }

  private static byte[] bundled(Optional<byte[]> bytes) {
    return bytes.orElseThrow(() -> new IllegalStateException("CMF context or schema not bundled"));
  }

  /**
   * Adds our entries for the resources {@code credential} references (its {@code @context} and
   * {@code credentialSchema} ids), in place. Entries a caller sent for other ids are kept; one
   * for our ids that differs from ours is refused, naming the field.
   */
  public Optional<FieldError> attach(ObjectNode credential, String fieldPrefix) {
    Set<String> referenced = referenced(credential);
    List<RelatedResource> adding = ours.stream().filter(r -> referenced.contains(r.id())).toList();
    Set<String> ids = adding.stream().map(RelatedResource::id).collect(Collectors.toSet());
    JsonNode sent = credential.path(FIELD);
    if (!sent.isMissingNode() && !sent.isArray() && !sent.isObject()) {
      return Optional.of(new FieldError(fieldPrefix + FIELD, "must be an object or an array"));
    }
    ArrayNode merged = credential.arrayNode();
    for (JsonNode entry : members(sent)) {
      String id = entry.path("id").asText();
      if (ids.contains(id)) {
        if (adding.stream().noneMatch(r -> r.toJson().equals(entry))) {
          return Optional.of(new FieldError(fieldPrefix + FIELD,
              "is set by the issuer for " + id));
        }
      } else {
        merged.add(entry);
      }
    }
    adding.forEach(r -> merged.add(r.toJson()));
    if (!merged.isEmpty()) {
      credential.set(FIELD, merged);
    }
    return Optional.empty();
  }

  private static Set<String> referenced(JsonNode credential) {
    Set<String> ids = new HashSet<>();
    members(credential.path("@context")).forEach(c -> ids.add(c.asText()));
    members(credential.path("credentialSchema")).forEach(s -> ids.add(s.path("id").asText()));
    return ids;
  }

  /** An array's elements, or a single value as a list of one; nothing for a missing member. */
  private static List<JsonNode> members(JsonNode value) {
    List<JsonNode> list = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(list::add);
    } else if (!value.isMissingNode()) {
      list.add(value);
    }
    return list;
  }
}
