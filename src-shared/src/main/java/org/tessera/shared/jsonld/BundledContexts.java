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

  /** Where OB 3.0 contexts are published; the 3.0.0 one also under its first name. */
  private static final String OB_BASE = "https://purl.imsglobal.org/spec/ob/v3p0/";

  /** The CLR 2.0 context (1EdTech), listed by {@code ClrCredential}s. */
  public static final String CLR_CONTEXT =
      "https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json";

  private static final Map<String, String> RESOURCES = Map.ofEntries(
      Map.entry(KnownUrls.VC_V2_CONTEXT, "credentials-v2.jsonld"),
      Map.entry(KnownUrls.VC_V1_CONTEXT, "credentials-v1.jsonld"),
      Map.entry(KnownUrls.STATUS_LIST_CONTEXT, "bitstring-status-list-v1.jsonld"),
      Map.entry(KnownUrls.OB_CONTEXT, "context-3.0.3.json"),
      // Credentials issued by others on VCDM 1.1 (docs/decisions/0034).
      Map.entry(OB_BASE + "context.json", "context-3.0.0.json"),
      Map.entry(OB_BASE + "context-3.0.0.json", "context-3.0.0.json"),
      Map.entry(OB_BASE + "context-3.0.1.json", "context-3.0.1.json"),
      Map.entry(OB_BASE + "context-3.0.2.json", "context-3.0.2.json"),
      Map.entry("https://w3id.org/security/data-integrity/v1", "data-integrity-v1.jsonld"),
      // Comprehensive Learner Records (docs/decisions/0044).
      Map.entry(CLR_CONTEXT, "clr-context-2.0.1.json"),
      Map.entry(KnownUrls.OB_EXTENSIONS_CONTEXT, "extensions.json"),
      Map.entry(KnownUrls.CMF_CONTEXT, "cmf-v1.jsonld"),
      // Open Badges 2.0 assertions, under both URLs it is published at (decision 0045).
      Map.entry("https://w3id.org/openbadges/v2", "openbadges-v2.json"),
      Map.entry("https://openbadgespec.org/v2/context.json", "openbadges-v2.json"));

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
