package org.tessera.shared.model;

import java.util.Optional;

/** OB 3.0 {@code Image}: a URI or data URI of an image, typed {@code Image}. */
public record Image(String id, String type, Optional<String> caption) {

  public static final String TYPE = "Image";

  public Image {
    Checks.uri(id, "id");
    Checks.constant(type, TYPE, "type");
    Checks.optionalText(caption, "caption");
  }

  public Image(String id, Optional<String> caption) {
    this(id, TYPE, caption);
  }
}
