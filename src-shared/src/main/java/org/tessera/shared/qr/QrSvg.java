package org.tessera.shared.qr;

import org.tessera.shared.html.Html;

/**
 * A QR code as a small inline SVG: one path of unit squares (crisp at any size), no scripts, no
 * external references, no image request. Class {@code qr} for page styles; 240 px when shown
 * alone (a page's CSS may size it otherwise).
 */
public final class QrSvg {

  private QrSvg() {}

  /**
   * @param text what the code encodes (UTF-8)
   * @param label accessible name of the image (plain text; escaped here)
   * @throws IllegalArgumentException when the text does not fit in a QR code
   */
  public static String render(String text, String label) {
    QrCode code = QrCode.encode(text);
    int width = code.size();
    int height = code.size();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (code.dark(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + width + " "
        + height + "\" width=\"240\" height=\"240\" role=\"img\" aria-label=\""
        + Html.escape(label) + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }
}
