package org.tessera.shared.schema;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.jsonld.BundledFiles;
import org.tessera.shared.model.KnownUrls;

/**
 * The JSON Schemas shipped inside the jar, keyed by the URL that credentials put in
 * {@code credentialSchema.id} (not by the schemas' {@code $id}, which differs for the OB schemas;
 * see {@code org/tessera/shared/PROVENANCE.md}).
 */
public final class BundledSchemas {

  public static final String OB_ENDORSEMENT_CREDENTIAL_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json";
  public static final String OB_PROFILE_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_profile_schema.json";

  private static final String BASE = "/org/tessera/shared/schemas/";

  private static final Map<String, String> RESOURCES = Map.of(
      KnownUrls.OB_ACHIEVEMENT_CREDENTIAL_SCHEMA, "ob_v3p0_achievementcredential_schema.json",
      OB_ENDORSEMENT_CREDENTIAL_SCHEMA, "ob_v3p0_endorsementcredential_schema.json",
      OB_PROFILE_SCHEMA, "ob_v3p0_profile_schema.json",
      KnownUrls.CMF_SCHEMA, "cmf-v1.json");

  /**
   * The VCDM 1.1-era schemas, under the same URLs (docs/decisions/0034, 0043). No copy of the
   * 1.1-era Profile schema is bundled: it stays unknown for 1.1.
   */
  private static final Map<String, String> VCDM11_RESOURCES = Map.of(
      KnownUrls.OB_ACHIEVEMENT_CREDENTIAL_SCHEMA, "vcdm11/ob_v3p0_achievementcredential_schema.json",
      OB_ENDORSEMENT_CREDENTIAL_SCHEMA, "vcdm11/ob_v3p0_endorsementcredential_schema.json",
      KnownUrls.CMF_SCHEMA, "cmf-v1.json");

  private BundledSchemas() {}

  /** The {@code credentialSchema} URLs that can be validated against (VC Data Model 2.0). */
  public static Set<String> urls() {
    return RESOURCES.keySet();
  }

  /** The {@code credentialSchema} URLs that can be validated against for {@code model}. */
  public static Set<String> urls(VcDataModel model) {
    return resources(model).keySet();
  }

  /** The exact bytes of the bundled schema for {@code url}, e.g. for the issuer to serve. */
  public static Optional<byte[]> bytes(String url) {
    return bytes(url, VcDataModel.V2_0);
  }

  /** The exact bytes of the bundled schema served for {@code url} to {@code model} credentials. */
  public static Optional<byte[]> bytes(String url, VcDataModel model) {
    return Optional.ofNullable(resources(model).get(url))
        .map(name -> BundledFiles.read(BASE + name));
  }

  private static Map<String, String> resources(VcDataModel model) {
    return model == VcDataModel.V1_1 ? VCDM11_RESOURCES : RESOURCES;
  }

}
