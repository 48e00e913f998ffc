package org.tessera.verifier.page;

import java.text.NumberFormat;
import java.math.RoundingMode;

/**
 * A byte limit for people: {@code 8 MiB} when it is a whole number of mebibytes, else megabytes
 * rounded down to one decimal ({@code 1 MB}, {@code 2.5 MB}), so a hint never promises more than
 * the verifier accepts. The unit's spelling is per language ({@code Mo} in French).
 */
final class ByteSize {

  private static final long MIB = 1L << 20;
  private static final long MB = 1_000_000L;

  private ByteSize() {}

  static String format(Messages m, Lang lang, long bytes) {
    NumberFormat number = NumberFormat.getNumberInstance(lang.locale());
    number.setMaximumFractionDigits(1);
    number.setRoundingMode(RoundingMode.FLOOR);
    if (bytes >= MIB && bytes % MIB == 0) {
      return m.get(lang, "size.mib", number.format(bytes / MIB));
    }
    return m.get(lang, "size.mb", number.format(bytes / (double) MB));
  }
}
