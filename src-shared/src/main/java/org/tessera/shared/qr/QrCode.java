package org.tessera.shared.qr;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * The modules of a QR code (error correction M, UTF-8, with the 4-module quiet zone the QR
 * specification asks for), for renderers that draw it: the inline SVG of the pages, the PDF
 * certificate. Immutable; zxing stays inside.
 */
public final class QrCode {

  /** Modules of white border the QR specification asks for. */
  private static final int QUIET_ZONE = 4;

  private final BitMatrix matrix;

  private QrCode(BitMatrix matrix) {
    this.matrix = matrix;
  }

  /**
   * @param text what the code encodes (UTF-8)
   * @throws IllegalArgumentException when the text does not fit in a QR code
   */
  public static QrCode encode(String text) {
    try {
      return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
              EncodeHintType.MARGIN, QUIET_ZONE,
              EncodeHintType.CHARACTER_SET, "UTF-8")));
    } catch (WriterException e) {
      throw new IllegalArgumentException("text does not fit in a QR code", e);
    }
  }

  /** Modules per side, quiet zone included (the code is square). */
  public int size() {
    return matrix.getWidth();
  }

  /** Whether the module at column {@code x}, row {@code y} is dark. */
  public boolean dark(int x, int y) {
    return matrix.get(x, y);
  }
}
