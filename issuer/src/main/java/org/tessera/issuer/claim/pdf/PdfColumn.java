package org.tessera.issuer.claim.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One column of flowing text on A4 pages: wraps at word boundaries, starts a new page when the
 * current one is full. Characters the font cannot draw become '?' rather than failing the
 * whole certificate.
 */
final class PdfColumn implements AutoCloseable {

  static final float MARGIN = 56;
  private static final PDRectangle A4 = PDRectangle.A4;

  private final PDDocument document;
  private final float width;
  private PDPageContentStream page;
  private float y;

  PdfColumn(PDDocument document) throws IOException {
    this.document = document;
    this.width = A4.getWidth() - 2 * MARGIN;
    newPage();
  }

  /** The content stream of the current page, for drawings (QR code, rules). */
  PDPageContentStream stream() {
    return page;
  }

  float y() {
    return y;
  }

  float width() {
    return width;
  }

  /** Moves down; a new page when fewer than {@code needed} points are left. */
  void space(float gap, float needed) throws IOException {
    y -= gap;
    if (y - needed < MARGIN) {
      newPage();
    }
  }

  /** A paragraph at the left margin plus {@code indent}, wrapped to the column. */
  void text(String text, PDFont font, float size, float indent) throws IOException {
    float leading = size * 1.35f;
    for (String line : wrap(drawable(text, font), font, size, width - indent)) {
      space(leading, 0);
      show(line, font, size, indent);
    }
  }

  /** A label with its value wrapped beside it, starting on the label's line. */
  void labelled(String label, String value, PDFont labelFont, PDFont font, float size,
      float indent) throws IOException {
    float leading = size * 1.35f;
    List<String> lines = wrap(drawable(value, font), font, size, width - indent);
    space(leading + 2, leading * Math.min(lines.size(), 3));
    show(drawable(label, labelFont), labelFont, size, 0);
    show(lines.get(0), font, size, indent);
    for (String line : lines.subList(1, lines.size())) {
      space(leading, 0);
      show(line, font, size, indent);
    }
  }

  private void show(String line, PDFont font, float size, float indent) throws IOException {
    page.beginText();
    page.setFont(font, size);
    page.newLineAtOffset(MARGIN + indent, y);
    page.showText(line);
    page.endText();
  }

  private void newPage() throws IOException {
    if (page != null) {
      page.close();
    }
    PDPage next = new PDPage(A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = A4.getHeight() - MARGIN;
  }

  private static List<String> wrap(String text, PDFont font, float size, float max)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, font, size) > max) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static float width(String text, PDFont font, float size) throws IOException {
    return font.getStringWidth(text) / 1000 * size;
  }

  /** Whitespace becomes a space; what the font has no glyph for becomes '?'. */
  static String drawable(String text, PDFont font) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
        out.append(' ');
      } else if (encodable(cp, font)) {
        out.appendCodePoint(cp);
      } else {
        out.append('?');
      }
    });
    return out.toString().strip();
  }

  private static boolean encodable(int codePoint, PDFont font) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public void close() throws IOException {
    page.close();
  }
}
