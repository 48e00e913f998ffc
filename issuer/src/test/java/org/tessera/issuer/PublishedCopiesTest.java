package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.shared.jsonld.BundledFiles;

/**
 * The files the w3id.org redirects point to (docs/site, GitHub Pages) are the bundled bytes, so
 * that their digests are the ones every credential's {@code relatedResource} states.
 */
class PublishedCopiesTest {

  @ParameterizedTest
  @ValueSource(strings = {"contexts/cmf-v1.jsonld", "schemas/cmf-v1.json"})
  void siteCopy_isByteForByteTheBundledFile(String file) throws IOException {
    byte[] site = Files.readAllBytes(Path.of("..", "docs", "site", file));

    assertThat(site).isEqualTo(BundledFiles.read("/org/tessera/shared/" + file));
  }
}
