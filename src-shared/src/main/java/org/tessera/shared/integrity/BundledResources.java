package org.tessera.shared.integrity;

import java.util.Optional;
import org.tessera.shared.jsonld.BundledContexts;
import org.tessera.shared.schema.BundledSchemas;
import org.tessera.shared.schema.VcDataModel;

/** The bundled copy of a context or JSON Schema by the URL credentials name it with. */
public final class BundledResources {

  private BundledResources() {}

  /** The bytes Tessera uses for {@code url} in a {@code model} credential, if it bundles it. */
  public static Optional<byte[]> bytes(String url, VcDataModel model) {
    return BundledContexts.bytes(url).or(() -> BundledSchemas.bytes(url, model));
  }
}
