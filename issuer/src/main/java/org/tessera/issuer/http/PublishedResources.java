package org.tessera.issuer.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The CMF context and schema from src-shared, read once at start-up and served as-is. */
record PublishedResources(byte[] cmfContext, byte[] cmfSchema) {

  static final String CMF_CONTEXT = "/org/tessera/shared/contexts/cmf-v1.jsonld";
  static final String CMF_SCHEMA = "/org/tessera/shared/schemas/cmf-v1.json";

  static PublishedResources load() {
    return new PublishedResources(read(CMF_CONTEXT), read(CMF_SCHEMA));
  }

  private static byte[] read(String resource) {
    try (InputStream in = PublishedResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public byte[] cmfContext() {
    return cmfContext.clone();
  }

  @Override
  public byte[] cmfSchema() {
    return cmfSchema.clone();
  }
}
