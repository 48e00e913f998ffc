package org.tessera.shared.integrity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.Checks;

/**
 * One {@code relatedResource} entry of VC Data Model 2.0 §5.3: a resource the credential names
 * ({@code id}), the SRI digest of its bytes and its media type.
 */
public record RelatedResource(String id, String digestSri, String mediaType) {

  public RelatedResource {
    Checks.uri(id, "id");
    Checks.text(digestSri, "digestSRI");
    Checks.text(mediaType, "mediaType");
  }

  /** The entry for {@code bytes} published at {@code id}, digested with SHA-384. */
  public static RelatedResource of(String id, byte[] bytes, String mediaType) {
    return new RelatedResource(id, SubresourceIntegrity.sha384(bytes), mediaType);
  }

  public ObjectNode toJson() {
    ObjectNode json = Json.object();
    json.put("id", id);
    json.put("digestSRI", digestSri);
    json.put("mediaType", mediaType);
    return json;
  }
}
