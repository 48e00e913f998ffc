package org.tessera.shared.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The strict PDF attachment reader on hand-written files: what a certificate looks like, and
 * every way it refuses. (The issuer's real PDF is covered by the verifier's round trip.)
 */
class PdfAttachmentTest {

  private static final String JWT = "eyJhbGciOiJFUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln";

  @Test
  void extract_plainAndIndirectEf_answersTheAttachedJwt() {
    assertThat(BakedBadges.extract(pdf(spec("<< /F 3 0 R >>"), stream(JWT, ""))))
        .contains(JWT);
    assertThat(BakedBadges.extract(pdf(spec("4 0 R"), stream(JWT, ""),
        "4 0 obj\n<< /F 3 0 R /UF 3 0 R >>\nendobj\n"))).contains(JWT);
  }

  @Test
  void extract_flateDecodedAttachment_isInflated() {
    byte[] deflated = deflate(JWT.getBytes(StandardCharsets.US_ASCII));
    assertThat(BakedBadges.extract(pdf(spec("<< /F 3 0 R >>"),
        rawStream(deflated, "/Filter /FlateDecode")))).contains(JWT);
  }

  @Test
  void extract_noAttachmentOrAnotherName_isEmpty() {
    assertThat(BakedBadges.extract(pdf("", ""))).isEmpty();
    assertThat(BakedBadges.extract(pdf(spec("<< /F 3 0 R >>").replace("credential.jwt",
        "notes.txt"), stream(JWT, "")))).isEmpty();
  }

  @Test
  void extract_twoDifferentAttachmentsNamedCredential_isEmpty() {
    String second = "4 0 obj\n<< /Type /Filespec /F (credential.jwt) /EF << /F 5 0 R >> >>\n"
        + "endobj\n5 0 obj\n<< /Length 3 >>\nstream\nabc\nendstream\nendobj\n";
    assertThat(BakedBadges.extract(pdf(spec("<< /F 3 0 R >>"), stream(JWT, ""), second)))
        .isEmpty();
  }

  @Test
  void extract_deflateBomb_stopsAtTheLimitAndIsEmpty() {
    byte[] bomb = deflate(new byte[PdfAttachment.MAX_TEXT + 10]);
    assertThat(BakedBadges.extract(pdf(spec("<< /F 3 0 R >>"),
        rawStream(bomb, "/Filter /FlateDecode")))).isEmpty();
  }

  @Test
  void extract_unsupportedFilterOrPredictor_isEmpty() {
    assertThat(BakedBadges.extract(pdf(spec("<< /F 3 0 R >>"),
        stream(JWT, "/Filter /ASCIIHexDecode")))).isEmpty();
    assertThat(BakedBadges.extract(pdf(spec("<< /F 3 0 R >>"),
        stream(JWT, "/DecodeParms << /Predictor 12 >>")))).isEmpty();
  }

  @Test
  void extract_truncatedUnterminatedOrDeeplyNested_isEmpty() {
    byte[] whole = pdf(spec("<< /F 3 0 R >>"), stream(JWT, ""));
    for (int cut : new int[] {20, 60, 120, whole.length / 2}) {
      byte[] part = java.util.Arrays.copyOf(whole, cut);
      assertThat(BakedBadges.extract(part)).as("cut at " + cut).isEmpty();
    }
    assertThat(BakedBadges.extract(ascii("%PDF-1.7\n1 0 obj\n(never closed\n"))).isEmpty();
    assertThat(BakedBadges.extract(ascii("%PDF-1.7\n1 0 obj\n" + "[".repeat(40) + "]"
        .repeat(40) + "\nendobj\n"))).isEmpty();
  }

  @Test
  void looksLikeImage_pdfSignature_isACarrierFile() {
    assertThat(BakedBadges.looksLikeImage(ascii("%PDF-1.7\n"))).isTrue();
    assertThat(BakedBadges.looksLikeImage(ascii("%PDX"))).isFalse();
  }

  private static String spec(String ef) {
    return "2 0 obj\n<< /Type /Filespec /F (credential.jwt) /UF (credential.jwt)"
        + " /AFRelationship /Source /EF " + ef + " >>\nendobj\n";
  }

  private static String stream(String data, String extra) {
    return "3 0 obj\n<< /Type /EmbeddedFile /Length " + data.length() + " " + extra
        + " >>\nstream\n" + data + "\nendstream\nendobj\n";
  }

  private static byte[] rawStream(byte[] data, String extra) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("3 0 obj\n<< /Type /EmbeddedFile /Length " + data.length + " " + extra
        + " >>\nstream\n"));
    out.writeBytes(data);
    out.writeBytes(ascii("\nendstream\nendobj\n"));
    return out.toByteArray();
  }

  private static byte[] pdf(String spec, String stream, String... more) {
    return pdf(spec, ascii(stream), more);
  }

  private static byte[] pdf(String spec, byte[] stream, String... more) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\n"
        + "endobj\n" + spec));
    out.writeBytes(stream);
    for (String object : more) {
      out.writeBytes(ascii(object));
    }
    out.writeBytes(ascii("xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 4 /Root 1 0 R >>\n"
        + "startxref\n0\n%%EOF\n"));
    return out.toByteArray();
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] deflate(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflater = new DeflaterOutputStream(out,
        new Deflater(Deflater.BEST_COMPRESSION))) {
      deflater.write(data);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
