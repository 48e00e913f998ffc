package org.tessera.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineSchemaLoaderTest {

  private final OfflineSchemaLoader loader = new OfflineSchemaLoader(
      Map.of("https://schemas.example/known.json", "{}".getBytes(StandardCharsets.UTF_8)));

  @Test
  void getSchema_known_servesBytes() throws IOException {
    InputStreamSource source = loader.getSchema(AbsoluteIri.of("https://schemas.example/known.json#"));

    try (InputStream in = source.getInputStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{}");
    }
  }

  @Test
  void getSchema_unknownHttps_refusedInsteadOfFetched() {
    InputStreamSource source = loader.getSchema(AbsoluteIri.of("https://schemas.example/other.json"));

    // Non-null: networknt stops here and never falls back to its fetching UriSchemaLoader.
    assertThat(source).isNotNull();
    assertThatThrownBy(source::getInputStream).isInstanceOf(IOException.class)
        .hasMessage("unknown schema");
  }

  @Test
  void getSchema_builtInMetaSchema_leftToLibrary() {
    assertThat(loader.getSchema(AbsoluteIri.of("classpath:draft/2019-09/schema"))).isNull();
  }
}
