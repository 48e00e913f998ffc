package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.integrity.BundledResources;
import org.tessera.shared.integrity.SubresourceIntegrity;
import org.tessera.shared.schema.VcDataModel;

/**
 * VC Data Model 2.0 §5.3, for the resources this verifier bundles: a {@code relatedResource}
 * whose {@code id} is a bundled context or schema must carry a {@code digestSRI} that matches
 * the bundled copy, the bytes every check here uses. Other ids are not ours to check and are
 * ignored; nothing is ever fetched (docs/decisions/0036).
 */
final class RelatedResourceDigests {

  private RelatedResourceDigests() {}

  /** The first bundled resource whose stated digest does not match our copy, if any. */
  static Optional<String> mismatch(JsonNode credential) {
    VcDataModel model = VcDataModel.of(credential);
    for (JsonNode entry : entries(credential.path("relatedResource"))) {
      JsonNode id = entry.path("id");
      if (!id.isTextual()) {
        continue;
      }
      Optional<byte[]> bundled = BundledResources.bytes(id.textValue(), model);
      if (bundled.isEmpty()) {
        continue;
      }
      JsonNode sri = entry.path("digestSRI");
      // An entry with only digestMultibase is not checked (decision 0036); a digestSRI that is
      // not a string we can compare is a mismatch, never a pass.
      if (entry.has("digestSRI")
          && !(sri.isTextual() && SubresourceIntegrity.matches(sri.textValue(), bundled.get()))) {
        return Optional.of(id.textValue());
      }
    }
    return Optional.empty();
  }

  private static List<JsonNode> entries(JsonNode value) {
    List<JsonNode> list = new ArrayList<>();
    if (value.isArray()) {
      value.forEach(list::add);
    } else if (value.isObject()) {
      list.add(value);
    }
    return list;
  }
}
