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

  private BundledSchemas() {}

  /** The {@code credentialSchema} URLs that can be validated against. */
  public static Set<String> urls() {
    return RESOURCES.keySet();
  }

  /** The exact bytes of the bundled schema for {@code url}, e.g. for the issuer to serve. */
  public static Optional<byte[]> bytes(String url) {
    return Optional.ofNullable(RESOURCES.get(url)).map(name -> BundledFiles.read(BASE + name));
  }

}
