package org.tessera.shared.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.tessera.shared.html.Html;

/**
 * A QR code as a small inline SVG: one path of unit squares (crisp at any size), no scripts, no
 * external references, no image request. Class {@code qr} for page styles; 240 px when shown
 * alone (a page's CSS may size it otherwise).
 */
public final class QrSvg {

  /** Modules of white border the QR specification asks for. */
  private static final int QUIET_ZONE = 4;

  private QrSvg() {}

  /**
   * @param text what the code encodes (UTF-8)
   * @param label accessible name of the image (plain text; escaped here)
   * @throws IllegalArgumentException when the text does not fit in a QR code
   */
  public static String render(String text, String label) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
              EncodeHintType.MARGIN, QUIET_ZONE,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit in a QR code", e);
    }
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (matrix.get(x, y)) {
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
