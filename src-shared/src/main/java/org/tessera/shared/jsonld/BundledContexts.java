package org.tessera.shared.jsonld;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.model.KnownUrls;

/**
 * The JSON-LD contexts shipped inside the jar, keyed by the URL they serve for (see
 * {@code org/tessera/shared/PROVENANCE.md}). Nothing else is ever resolved.
 */
public final class BundledContexts {

  private static final String BASE = "/org/tessera/shared/contexts/";

  private static final Map<String, String> RESOURCES = Map.of(
      KnownUrls.VC_V2_CONTEXT, "credentials-v2.jsonld",
      KnownUrls.VC_V1_CONTEXT, "credentials-v1.jsonld",
      KnownUrls.STATUS_LIST_CONTEXT, "bitstring-status-list-v1.jsonld",
      KnownUrls.OB_CONTEXT, "context-3.0.3.json",
      KnownUrls.OB_EXTENSIONS_CONTEXT, "extensions.json",
      KnownUrls.CMF_CONTEXT, "cmf-v1.jsonld");

  private BundledContexts() {}

  /** The context URLs that are served offline. */
  public static Set<String> urls() {
    return RESOURCES.keySet();
  }

  /** The exact bytes of the bundled context for {@code url}, e.g. for the issuer to serve. */
  public static Optional<byte[]> bytes(String url) {
    return Optional.ofNullable(RESOURCES.get(url)).map(name -> BundledFiles.read(BASE + name));
  }

}
