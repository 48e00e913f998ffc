package org.tessera.shared.model;

/** Well-known context and schema URLs of the Tessera credential (DESIGN §3). */
public final class KnownUrls {

  public static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String VC_V1_CONTEXT = "https://www.w3.org/2018/credentials/v1";
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  public static final String OB_EXTENSIONS_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";
  public static final String STATUS_LIST_CONTEXT = "https://www.w3.org/ns/credentials/status/v1";
  public static final String CMF_CONTEXT = "https://w3id.org/tessera/contexts/cmf-v1.jsonld";
  public static final String OB_ACHIEVEMENT_CREDENTIAL_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";
  public static final String CMF_SCHEMA = "https://w3id.org/tessera/schemas/cmf-v1.json";

  private KnownUrls() {}
}
