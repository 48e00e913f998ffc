package org.tessera.issuer.claim;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code as inline SVG: one path of unit squares, crisp at any size, no image request. */
final class QrSvg {

  private static final int QUIET_ZONE = 4;

  private QrSvg() {}

  /**
   * @param label accessible name of the image
   * @throws IllegalArgumentException when the text does not fit in a QR code
   */
  static String render(String text, String label) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
              EncodeHintType.MARGIN, QUIET_ZONE,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit in a QR code", e);
    }
    int size = matrix.getWidth();
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < size; x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
        }
      }
    }
    return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " "
        + matrix.getHeight() + "\" role=\"img\" aria-label=\"" + Html.escape(label) + "\""
        + " shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
  }
}
