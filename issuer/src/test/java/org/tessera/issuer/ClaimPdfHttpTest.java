package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.bytes;
import static org.tessera.issuer.TestIssuer.claimPath;
import static org.tessera.issuer.TestIssuer.issueAwarded;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.claim.ClaimConfig;
import org.tessera.issuer.claim.CountingOffers;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.testkit.MutableClock;

class ClaimPdfHttpTest {

  private static final String LEARNER = "Łucja Müller-Hervé";

  @TempDir Path dir;
  private IssuerApp app;

  @BeforeEach
  void createApp() {
    MutableClock clock = new MutableClock(TestIssuer.NOW);
    app = IssuerApp.builder(IssuerSettings.of(TestIssuer.config(dir))
        .withClaims(new ClaimConfig(Duration.ofDays(30), Optional.empty(), List.of())), clock)
        .claimOffers(new CountingOffers(clock)).build();
  }

  @AfterEach
  void closeApp() {
    app.close();
  }

  @Test
  void certificatePdf_isA4WithTheFactsAndTheCmfTranscriptInItsText() throws IOException {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Download pdf = download(client);

      assertThat(pdf.contentType()).isEqualTo("application/pdf");
      assertThat(pdf.disposition()).isEqualTo("attachment; filename=\"certificate.pdf\"");
      try (PDDocument document = Loader.loadPDF(pdf.body())) {
        PDRectangle size = document.getPage(0).getMediaBox();
        assertThat(size.getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        assertThat(size.getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        assertThat(text).contains(LEARNER, "Data Stewardship for Researchers",
            "awarded by Test University", "5 ECTS", "125 hours", "EQF level 6",
            "Write a data management plan", "Apply FAIR principles to a data set",
            "Assessment summative: written exam, project", "Form of participation blended",
            "Quality assurance internal-and-external: Accredited programme, external examiner",
            "Identity verification supervised-onsite", "credential.jwt");
      }
    });
  }

  @Test
  void certificatePdf_attachesTheSignedCredentialAsAnAssociatedFile() throws IOException {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String path = claimPath(awardToLearner(client));
      String jwt = text(client.get(path + "/credential.jwt"));
      byte[] body = bytes(client.get(path + "/certificate.pdf"));

      try (PDDocument document = Loader.loadPDF(body)) {
        PDEmbeddedFilesNameTreeNode files = document.getDocumentCatalog().getNames()
            .getEmbeddedFiles();
        PDComplexFileSpecification spec = files.getNames().get("credential.jwt");
        assertThat(files.getNames()).containsOnlyKeys("credential.jwt");
        assertThat(new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.US_ASCII))
            .isEqualTo(jwt);
        assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("application/jwt");
        assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Source");
        assertThat(document.getDocumentCatalog().getCOSObject()
            .getDictionaryObject(COSName.getPDFName("AF"))).isInstanceOf(COSArray.class);
      }
    });
  }

  @Test
  void claimPage_learnerFirst_factsWalletButtonBeforeQrLinkedInAndTheCertificate() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String path = claimPath(awardToLearner(client));

      String html = text(client.get(path));

      assertThat(html).contains("<h1>Congratulations, " + LEARNER + "!</h1>",
          "<strong>5</strong> ECTS", "<strong>125</strong> hours", "EQF level <strong>6</strong>",
          "<li>Write a data management plan</li>", path + "/certificate.pdf\"",
          "without the signature");
      assertThat(html.indexOf("id=\"offer-link\"")).isLessThan(html.indexOf("<svg class=\"qr\""));
      String linkedIn = html.substring(html.indexOf("id=\"linkedin\""));
      linkedIn = linkedIn.substring(0, linkedIn.indexOf('>'));
      assertThat(linkedIn).contains("https://www.linkedin.com/profile/add?startTask="
          + "CERTIFICATION_NAME&amp;name=Data+Stewardship+for+Researchers", "issueYear=2026",
          "certId=urn%3Auuid%3A", "rel=\"noopener noreferrer\"")
          .doesNotContain("ucja", "claim", "ada%40");
      assertThat(client.get("/claim/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/certificate.pdf")
          .code()).isEqualTo(404);
    });
  }

  private record Download(String contentType, String disposition, byte[] body) {}

  private Download download(HttpClient client) {
    Response response = client.get(claimPath(awardToLearner(client)) + "/certificate.pdf");
    assertThat(response.code()).isEqualTo(200);
    return new Download(response.header("Content-Type"), response.header("Content-Disposition"),
        bytes(response));
  }

  private static JsonNode awardToLearner(HttpClient client) {
    return issueAwarded(client, achievementId -> """
        {"achievementId": "%s", "learner": {"name": "%s", "email": "ada@example.org"}}
        """.formatted(achievementId, LEARNER));
  }
}
