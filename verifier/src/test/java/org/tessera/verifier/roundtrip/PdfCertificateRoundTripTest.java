package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.cli.Cli;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.http.VerifierApp;
import org.tessera.verifier.testkit.Fixture;

/**
 * The PDF certificate of the issuer's claim page verifies by itself: the verifier reads the
 * attached {@code credential.jwt} (without PDFBox, decision 0062) through the CLI, a raw
 * {@code application/pdf} body and an upload. PDFBox here only forges the bad cases.
 */
class PdfCertificateRoundTripTest {

  @RegisterExtension
  static final RunningIssuer issuer = new RunningIssuer();

  private static Fixture trust;
  private static byte[] pdf;
  private static String credentialId;

  @BeforeAll
  static void issueAndDownload() {
    trust = issuer.trust();
    JsonNode issued = issuer.issue(issuer.createAchievement(false));
    credentialId = issued.get("credential").get("id").asText();
    pdf = issuer.send(HttpRequest.newBuilder(URI.create(
        issued.get("claim").get("url").asText() + "/certificate.pdf")).build(),
        HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  @Test
  void cli_certificatePdf_verifiesWithTheIssuersCredential() throws IOException {
    Path file = issuer.dir().resolve("certificate.pdf");
    Files.write(file, pdf);
    StringWriter out = new StringWriter();

    int exit = VerifierCli.run(out, "verify", file.toString(), "--json", "--trust-list",
        trust.trustListFile().toString(), "--trust-anchor", trust.anchorFile().toString());

    assertThat(exit).as(out.toString()).isEqualTo(Cli.VERIFIED);
    assertThat(Json.parseUntrusted(out.toString()).orElseThrow().get("credential").get("id")
        .asText()).isEqualTo(credentialId);
  }

  @Test
  void http_rawPdfAndUpload_verify_tamperedAttachmentIsSignatureInvalid() throws IOException {
    byte[] tampered = withAttachment(pdf, tamper(attachment(pdf)));
    byte[] none = withoutAttachment();
    Verifier verifier = Verifier.create(trust.config(), Clock.systemUTC(),
        PinnedSafeFetcher.create(true));
    JavalinTest.test(VerifierApp.create(verifier, 1_048_576, Clock.systemUTC()),
        (server, client) -> {
      Response raw = post(client, pdf);
      Response upload = client.request("/credentials/verify", b -> b.post(
          new MultipartBody.Builder().setType(MultipartBody.FORM)
              .addFormDataPart("file", "certificate.pdf",
                  RequestBody.create(pdf, MediaType.get("application/pdf")))
              .build()));
      Response forged = post(client, tampered);
      Response empty = post(client, none);

      assertThat(raw.code()).as("raw PDF body").isEqualTo(200);
      assertThat(upload.code()).as("uploaded PDF").isEqualTo(200);
      assertThat(forged.code()).isEqualTo(400);
      assertThat(errors(forged)).contains("SIGNATURE_INVALID");
      assertThat(empty.code()).isEqualTo(400);
      assertThat(errors(empty)).contains("MALFORMED_INPUT");
    });
  }

  private static Response post(org.tessera.kit.testkit.HttpClient client, byte[] body) {
    return client.request("/credentials/verify", b -> b.post(
        RequestBody.create(body, MediaType.get("application/pdf"))));
  }

  private static String errors(Response response) throws IOException {
    return Json.parseUntrusted(response.body().string()).orElseThrow().get("errors").toString();
  }

  private static String attachment(byte[] file) throws IOException {
    try (PDDocument document = Loader.loadPDF(file)) {
      return new String(document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
          .get("credential.jwt").getEmbeddedFile().toByteArray(), StandardCharsets.US_ASCII);
    }
  }

  /** The same JWT with one more character in a payload string: the signature no longer fits. */
  private static String tamper(String jwt) {
    String[] parts = jwt.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String changed = payload.replaceFirst("\"Ada Lovelace\"", "\"Ada Lovelace-Byron\"");
    assertThat(changed).isNotEqualTo(payload);
    return parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(changed.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
  }

  private static byte[] withAttachment(byte[] file, String jwt) throws IOException {
    try (PDDocument document = Loader.loadPDF(file)) {
      PDComplexFileSpecification spec = document.getDocumentCatalog().getNames()
          .getEmbeddedFiles().getNames().get("credential.jwt");
      PDEmbeddedFile replaced = new PDEmbeddedFile(document,
          new ByteArrayInputStream(jwt.getBytes(StandardCharsets.US_ASCII)));
      spec.setEmbeddedFile(replaced);
      spec.setEmbeddedFileUnicode(replaced);
      return save(document);
    }
  }

  private static byte[] withoutAttachment() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      return save(document);
    }
  }

  private static byte[] save(PDDocument document) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    document.save(out, CompressParameters.NO_COMPRESSION);
    return out.toByteArray();
  }
}
