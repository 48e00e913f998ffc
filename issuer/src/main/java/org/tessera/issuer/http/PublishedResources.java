package org.tessera.issuer.http;

import org.tessera.shared.jsonld.BundledFiles;

/** The CMF context and schema from src-shared, read once at start-up and served as-is. */
final class PublishedResources {

  static final String CMF_CONTEXT = "/org/tessera/shared/contexts/cmf-v1.jsonld";
  static final String CMF_SCHEMA = "/org/tessera/shared/schemas/cmf-v1.json";

  private final byte[] cmfContext;
  private final byte[] cmfSchema;

  private PublishedResources(byte[] cmfContext, byte[] cmfSchema) {
    this.cmfContext = cmfContext;
    this.cmfSchema = cmfSchema;
  }

  static PublishedResources load() {
    return new PublishedResources(BundledFiles.read(CMF_CONTEXT), BundledFiles.read(CMF_SCHEMA));
  }

  byte[] cmfContext() {
    return cmfContext.clone();
  }

  byte[] cmfSchema() {
    return cmfSchema.clone();
  }
}
