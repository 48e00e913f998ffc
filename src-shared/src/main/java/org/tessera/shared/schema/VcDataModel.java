package org.tessera.shared.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.tessera.shared.model.KnownUrls;

/**
 * The VC Data Model a credential is written in, by its first {@code @context}. OB 3.0 publishes
 * one schema URL per class for both, with different contents (docs/decisions/0034): a VCDM 1.1
 * credential is validated against the schema of its own era, never the 2.0-only one.
 */
public enum VcDataModel {
  V2_0,
  V1_1;

  /** {@link #V1_1} when the first context is the VC 1.1 one, else {@link #V2_0}. */
  public static VcDataModel of(JsonNode credential) {
    JsonNode context = credential.path("@context");
    JsonNode first = context.isArray() ? context.path(0) : context;
    return first.isTextual() && KnownUrls.VC_V1_CONTEXT.equals(first.textValue()) ? V1_1 : V2_0;
  }
}
