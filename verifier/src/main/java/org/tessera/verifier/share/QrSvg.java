package org.tessera.verifier.share;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code as a small SVG (one path, no scripts, no external references). */
public final class QrSvg {

  private QrSvg() {}

  /** @param title accessible name of the image (escaped by the caller's rules: plain text) */
  public static String svg(String text, String title) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
              EncodeHintType.MARGIN, 4, EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("text too long for a QR code", e);
    }
    int w = matrix.getWidth();
    int h = matrix.getHeight();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + w + " " + h
        + "\" width=\"240\" height=\"240\" role=\"img\" aria-label=\""
        + org.tessera.verifier.page.Html.esc(title) + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }
}
