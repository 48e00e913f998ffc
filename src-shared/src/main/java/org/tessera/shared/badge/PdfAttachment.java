package org.tessera.shared.badge;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.limits.BoundedInflater;

/**
 * The credential attached to a PDF certificate: the embedded file named
 * {@value #NAME} (a file specification whose {@code /F} or {@code /UF} is that name, its
 * {@code /EF} pointing at the stream). Read by {@link PdfObjects} without PDFBox (decision
 * 0062): objects inside object streams, encrypted files, filters other than
 * {@code FlateDecode} and more than one such attachment all answer empty.
 */
final class PdfAttachment {

  static final String NAME = "credential.jwt";
  /** Largest attachment text accepted (the verifier's input limit). */
  static final int MAX_TEXT = 1_000_000;
  private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private PdfAttachment() {}

  static boolean hasSignature(byte[] file) {
    if (file.length < SIGNATURE.length) {
      return false;
    }
    for (int i = 0; i < SIGNATURE.length; i++) {
      if (file[i] != SIGNATURE[i]) {
        return false;
      }
    }
    return true;
  }

  static Optional<String> extract(byte[] pdf) {
    Map<Long, PdfObjects.Entry> objects;
    try {
      objects = PdfObjects.read(pdf);
    } catch (PdfObjects.Malformed e) {
      return Optional.empty();
    }
    Set<Long> streams = new HashSet<>();
    for (PdfObjects.Entry entry : objects.values()) {
      if (entry.value() instanceof Map<?, ?> dict && names(dict)
          && resolve(objects, dict.get("EF")) instanceof Map<?, ?> files) {
        for (String key : List.of("F", "UF")) {
          if (files.get(key) instanceof PdfObjects.Ref ref) {
            streams.add(ref.number());
          }
        }
      }
    }
    if (streams.size() != 1) {
      return Optional.empty();
    }
    PdfObjects.Entry stream = objects.get(streams.iterator().next());
    if (stream == null || !stream.isStream()
        || !(stream.value() instanceof Map<?, ?> dict) || encrypted(objects)) {
      return Optional.empty();
    }
    return decode(dict, pdf, stream.dataStart(), stream.dataEnd())
        .map(bytes -> new String(bytes, StandardCharsets.US_ASCII));
  }

  /** The value, or the object it refers to (one step: a reference to a reference is not). */
  private static Object resolve(Map<Long, PdfObjects.Entry> objects, Object value) {
    if (value instanceof PdfObjects.Ref ref) {
      PdfObjects.Entry entry = objects.get(ref.number());
      return entry == null || entry.isStream() ? null : entry.value();
    }
    return value;
  }

  /** A file specification naming {@value #NAME} (by {@code /UF} or {@code /F}). */
  private static boolean names(Map<?, ?> dict) {
    for (String key : List.of("UF", "F")) {
      if (dict.get(key) instanceof byte[] name) {
        return NAME.equals(fileName(name));
      }
    }
    return false;
  }

  /** A PDF text string: UTF-16BE with a byte order mark, else (for ASCII names) bytes. */
  private static String fileName(byte[] name) {
    if (name.length >= 2 && (name[0] & 0xFF) == 0xFE && (name[1] & 0xFF) == 0xFF) {
      return new String(name, 2, name.length - 2, StandardCharsets.UTF_16BE);
    }
    return new String(name, StandardCharsets.ISO_8859_1);
  }

  private static boolean encrypted(Map<Long, PdfObjects.Entry> objects) {
    return objects.values().stream().anyMatch(e -> e.value() instanceof Map<?, ?> d
        && d.get("Filter") instanceof PdfObjects.Name n && n.value().equals("Standard"));
  }

  private static Optional<byte[]> decode(Map<?, ?> dict, byte[] pdf, int start, int end) {
    Object filter = dict.get("Filter");
    if (filter instanceof List<?> list && list.size() == 1) {
      filter = list.get(0);
    }
    if (dict.containsKey("DecodeParms")) {
      return Optional.empty();
    }
    if (filter == null) {
      return end - start > MAX_TEXT ? Optional.empty()
          : Optional.of(Arrays.copyOfRange(pdf, start, end));
    }
    if (!(filter instanceof PdfObjects.Name name) || !name.value().equals("FlateDecode")) {
      return Optional.empty();
    }
    return inflate(pdf, start, end);
  }

  /** Inflates at most {@link #MAX_TEXT} bytes: a deflate bomb stops there. */
  private static Optional<byte[]> inflate(byte[] pdf, int start, int end) {
    return BoundedInflater.inflate(pdf, start, end - start, MAX_TEXT);
  }
}
