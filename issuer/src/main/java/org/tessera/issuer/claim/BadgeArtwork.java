package org.tessera.issuer.claim;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.tessera.shared.html.Html;

/**
 * The plain badge image that gets baked: a round medal with the credential's title and the
 * awarding body, drawn as a PNG with java.awt (headless) or written as an SVG template.
 */
final class BadgeArtwork {

  static final int SIZE = 400;
  private static final int MAX_LINES = 4;
  private static final int LINE_CHARS = 20;
  private static final Color NAVY = new Color(0x12, 0x3a, 0x63);
  private static final Color GOLD = new Color(0xe8, 0xb9, 0x3c);

  private BadgeArtwork() {}

  static byte[] png(String title, String issuerName) {
    BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(NAVY);
      g.fillOval(10, 10, SIZE - 20, SIZE - 20);
      g.setColor(GOLD);
      g.setStroke(new BasicStroke(10f));
      g.drawOval(24, 24, SIZE - 48, SIZE - 48);
      drawText(g, title, issuerName);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("PNG encoding failed in memory", e);
    }
    return out.toByteArray();
  }

  static String svg(String title, String issuerName) {
    StringBuilder text = new StringBuilder();
    List<String> lines = wrap(title);
    int y = SIZE / 2 - (lines.size() - 1) * 15;
    for (String line : lines) {
      text.append("<text x=\"200\" y=\"").append(y).append("\" font-size=\"26\" font-weight="
          + "\"bold\">").append(Html.escape(line)).append("</text>");
      y += 30;
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\""
        + " viewBox=\"0 0 400 400\" role=\"img\">"
        + "<title>" + Html.escape(title) + " – " + Html.escape(issuerName) + "</title>"
        + "<circle cx=\"200\" cy=\"200\" r=\"190\" fill=\"#123a63\"/>"
        + "<circle cx=\"200\" cy=\"200\" r=\"171\" fill=\"none\" stroke=\"#e8b93c\""
        + " stroke-width=\"10\"/>"
        + "<g fill=\"#ffffff\" text-anchor=\"middle\" font-family=\"DejaVu Sans, Arial,"
        + " sans-serif\">" + text
        + "<text x=\"200\" y=\"" + (SIZE - 80) + "\" font-size=\"16\">"
        + Html.escape(shorten(issuerName, 34)) + "</text></g></svg>\n";
  }

  private static void drawText(Graphics2D g, String title, String issuerName) {
    try {
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 26));
      List<String> lines = wrap(title);
      int y = SIZE / 2 - (lines.size() - 1) * 15;
      for (String line : lines) {
        centre(g, line, y);
        y += 30;
      }
      g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
      centre(g, shorten(issuerName, 34), SIZE - 80);
    } catch (RuntimeException e) {
      // No usable font on this machine: the medal without text is still a valid badge image.
    }
  }

  private static void centre(Graphics2D g, String text, int baseline) {
    FontMetrics metrics = g.getFontMetrics();
    g.drawString(text, (SIZE - metrics.stringWidth(text)) / 2, baseline);
  }

  /** Word-wraps to at most four short lines, the last one shortened with an ellipsis. */
  static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    List<String> shortened = new ArrayList<>();
    for (String l : lines) {
      shortened.add(shorten(l, LINE_CHARS + 4));
    }
    if (shortened.size() > MAX_LINES) {
      List<String> kept = new ArrayList<>(shortened.subList(0, MAX_LINES));
      kept.set(MAX_LINES - 1, shorten(kept.get(MAX_LINES - 1) + " …", LINE_CHARS + 4));
      return kept;
    }
    return shortened;
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
