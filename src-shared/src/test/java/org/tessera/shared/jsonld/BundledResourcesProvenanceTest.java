package org.tessera.shared.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.tessera.shared.schema.BundledSchemas;
import org.tessera.shared.schema.VcDataModel;

class BundledResourcesProvenanceTest {

  private static final String ROOT = "/org/tessera/shared/";
  private static final Pattern BUNDLED_ROW = Pattern.compile(
      "^\\| `([^`]+)` \\| `([^`]+)` \\| ([0-9a-f]{64}) \\| (.+) \\|$", Pattern.MULTILINE);
  private static final Pattern COPY_OF = Pattern.compile("copy of `([^`]+)`");

  record Row(String resource, String url, String sha256, String origin) {}

  static List<Row> rows() {
    String provenance = text("PROVENANCE.md");
    String bundled = provenance.substring(provenance.indexOf("## Bundled in Tessera"));
    Matcher m = BUNDLED_ROW.matcher(bundled);
    List<Row> rows = new java.util.ArrayList<>();
    while (m.find()) {
      rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4)));
    }
    return rows;
  }

  @ParameterizedTest
  @MethodSource("rows")
  void bundledFile_sha256_matchesProvenance(Row row) {
    assertThat(sha256(bytes(row.resource()))).as(row.resource()).isEqualTo(row.sha256());
  }

  @ParameterizedTest
  @MethodSource("rows")
  void bundledFile_servedForItsUrl(Row row) {
    Optional<byte[]> served = row.resource().startsWith("contexts/")
        ? BundledContexts.bytes(row.url())
        : BundledSchemas.bytes(row.url(), row.resource().startsWith("schemas/vcdm11/")
            ? VcDataModel.V1_1 : VcDataModel.V2_0);
    assertThat(served).as(row.url()).isPresent();
    assertThat(served.get()).isEqualTo(bytes(row.resource()));
  }

  @ParameterizedTest
  @MethodSource("rows")
  void copiedFile_digestEqualsUpstreamTable(Row row) {
    Matcher copy = COPY_OF.matcher(row.origin());
    if (!copy.find()) {
      assertThat(row.origin()).matches("(authored by Tessera|derived: ).*");
      return;
    }
    String upstream = text("PROVENANCE.md").substring(0, text("PROVENANCE.md").indexOf("## Notes"));
    Matcher upstreamRow = Pattern.compile("^\\| `" + Pattern.quote(copy.group(1)) + "` \\| `"
        + Pattern.quote(row.url()) + "` \\|.*\\| ([0-9a-f]{64})", Pattern.MULTILINE).matcher(upstream);
    assertThat(upstreamRow.find()).as("upstream row for " + copy.group(1)).isTrue();
    assertThat(upstreamRow.group(1)).isEqualTo(row.sha256());
  }

  @Test
  void provenance_listsEveryServedUrl() {
    Set<String> listed = new HashSet<>();
    rows().forEach(row -> listed.add(row.url()));
    Set<String> served = new HashSet<>(BundledContexts.urls());
    served.addAll(BundledSchemas.urls());

    assertThat(listed).isEqualTo(served);
    assertThat(rows()).hasSize(20);
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = BundledResourcesProvenanceTest.class.getResourceAsStream(ROOT + resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
