package org.tessera.shared.schema;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * Serves bundled schemas to networknt by URL and refuses every other http(s) or file location,
 * so that the library's default loaders never fetch anything. Built-in meta-schemas
 * ({@code classpath:}) are left to the library.
 */
final class OfflineSchemaLoader implements SchemaLoader {

  private final Map<String, byte[]> schemas;

  /** {@code schemas}: location (credentialSchema URL or the schema's own {@code $id}) → bytes. */
  OfflineSchemaLoader(Map<String, byte[]> schemas) {
    this.schemas = Map.copyOf(schemas);
  }

  @Override
  public InputStreamSource getSchema(AbsoluteIri iri) {
    String location = withoutFragment(iri.toString());
    byte[] bytes = schemas.get(location);
    if (bytes != null) {
      return () -> new ByteArrayInputStream(bytes);
    }
    if (location.startsWith("classpath:")) {
      return null;
    }
    return () -> {
      throw new IOException("unknown schema");
    };
  }

  private static String withoutFragment(String iri) {
    int hash = iri.indexOf('#');
    return hash < 0 ? iri : iri.substring(0, hash);
  }
}
