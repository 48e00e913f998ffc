package org.tessera.issuer.claim.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.tessera.shared.model.AchievementCredential;
import org.tessera.shared.qr.QrCode;

/**
 * The learner's A4 PDF certificate: who earned what from whom, the key facts, the learning
 * outcomes, the transcript of the EU Council Recommendation's elements, a QR code to the
 * verification link when there is one, and the signed credential itself attached as
 * {@code credential.jwt} (an associated file, {@code AFRelationship /Source}, as PDF/A-3 does
 * it), so the PDF can be verified by uploading it. Written without object or cross-reference
 * streams so the verifier's small extractor reads it (decision 0062).
 */
public final class CertificatePdf {

  /** The attachment's name; the verifier looks for exactly this one. */
  public static final String ATTACHMENT = "credential.jwt";
  private static final String FONTS = "/org/tessera/issuer/claim/fonts/";
  private static final float QR_SIZE = 112;

  private CertificatePdf() {}

  /**
   * @param credential the credential as issued (its JSON read into the model)
   * @param jwt the signed credential, attached as it is
   * @param verifyLink where the QR code leads (a share link); none: no QR code
   */
  public static byte[] render(AchievementCredential credential, String jwt,
      Optional<URI> verifyLink) {
    CertificateFacts facts = CertificateFacts.of(credential);
    try (PDDocument document = new PDDocument()) {
      PDFont regular = font(document, "DejaVuSans.ttf");
      PDFont bold = font(document, "DejaVuSans-Bold.ttf");
      try (PdfColumn column = new PdfColumn(document)) {
        headline(column, facts, regular, bold);
        outcomes(column, facts.outcomes(), regular, bold);
        column.space(18, 40);
        column.text("Micro-credential details (EU Council Recommendation 2022/C 243/02)", bold,
            12, 0);
        column.space(4, 0);
        for (CertificateFacts.Row row : facts.transcript()) {
          column.labelled(row.label(), row.value(), bold, regular, 9.5f, 140);
        }
        verification(column, verifyLink, regular, bold);
        column.space(14, 12);
        column.text("Credential " + facts.credentialId(), regular, 7.5f, 0);
      }
      info(document, facts);
      attach(document, jwt);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the PDF certificate", e);
    }
  }

  private static void headline(PdfColumn column, CertificateFacts facts, PDFont regular,
      PDFont bold) throws IOException {
    column.text("CERTIFICATE OF ACHIEVEMENT", bold, 9, 0);
    column.space(10, 0);
    if (facts.learner().isPresent()) {
      column.text(facts.learner().get(), bold, 24, 0);
      column.text("has earned the micro-credential", regular, 12, 0);
    } else {
      column.text("Micro-credential", regular, 12, 0);
    }
    column.space(4, 0);
    column.text(facts.title(), bold, 20, 0);
    column.text("awarded by " + facts.issuer(), regular, 12, 0);
    column.space(10, 0);
    List<String> keyFacts = new ArrayList<>();
    facts.ects().ifPresent(e -> keyFacts.add(e + " ECTS"));
    facts.hours().ifPresent(h -> keyFacts.add(h + " hours"));
    facts.eqf().ifPresent(e -> keyFacts.add("EQF level " + e));
    keyFacts.add(facts.date());
    column.text(String.join("  ·  ", keyFacts), bold, 12, 0);
  }

  private static void outcomes(PdfColumn column, List<String> outcomes, PDFont regular,
      PDFont bold) throws IOException {
    if (outcomes.isEmpty()) {
      return;
    }
    column.space(16, 40);
    column.text("Learning outcomes", bold, 12, 0);
    for (String outcome : outcomes) {
      column.text("•  " + outcome, regular, 10, 8);
    }
  }

  private static void verification(PdfColumn column, Optional<URI> link, PDFont regular,
      PDFont bold) throws IOException {
    column.space(20, link.isPresent() ? QR_SIZE + 8 : 40);
    column.text("Verify this certificate", bold, 12, 0);
    float top = column.y() - 6;
    float indent = 0;
    if (link.isPresent()) {
      qr(column.stream(), QrCode.encode(link.get().toString()), PdfColumn.MARGIN, top);
      indent = QR_SIZE + 14;
      column.text("Scan the code or open " + link.get(), regular, 9.5f, indent);
    }
    column.text("The signed credential is attached to this PDF (" + ATTACHMENT + "). Upload"
        + " the PDF, or the attachment, to a verifier to check that it is genuine, not revoked"
        + " and issued by an accredited institution.", regular, 9.5f, indent);
    if (link.isPresent()) {
      float below = top - QR_SIZE;
      if (column.y() > below) {
        column.space(column.y() - below, 0);
      }
    }
  }

  /** The QR code as filled squares, top-left corner at ({@code x}, {@code top}). */
  private static void qr(PDPageContentStream stream, QrCode code, float x, float top)
      throws IOException {
    float module = QR_SIZE / code.size();
    stream.setNonStrokingColor(0f);
    for (int row = 0; row < code.size(); row++) {
      for (int col = 0; col < code.size(); col++) {
        if (code.dark(col, row)) {
          stream.addRect(x + col * module, top - (row + 1) * module, module, module);
        }
      }
    }
    stream.fill();
  }

  private static void info(PDDocument document, CertificateFacts facts) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(facts.title());
    info.setAuthor(facts.issuer());
    info.setSubject("Micro-credential certificate");
    info.setCreator("Tessera issuer");
  }

  private static void attach(PDDocument document, String jwt) throws IOException {
    byte[] bytes = jwt.getBytes(StandardCharsets.US_ASCII);
    PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(bytes));
    file.setSubtype("application/jwt");
    file.setSize(bytes.length);
    file.setCreationDate(new GregorianCalendar(TimeZone.getTimeZone("UTC")));
    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(ATTACHMENT);
    spec.setFileUnicode(ATTACHMENT);
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.setFileDescription("The signed credential (VC-JWT) this certificate shows");
    spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Source");

    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of(ATTACHMENT, spec));
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(tree);
    catalog.setNames(names);
    COSArray associated = new COSArray();
    associated.add(spec);
    catalog.getCOSObject().setItem(COSName.getPDFName("AF"), associated);
  }

  private static PDFont font(PDDocument document, String name) throws IOException {
    try (InputStream in = CertificatePdf.class.getResourceAsStream(FONTS + name)) {
      if (in == null) {
        throw new IllegalStateException("missing font " + name);
      }
      return PDType0Font.load(document, in, true);
    }
  }
}
