package org.tessera.shared.badge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A strict reader of the top-level indirect objects of a PDF file ({@code N G obj … endobj}),
 * just enough to find an attached file: dictionaries, arrays, names, strings, numbers,
 * references, and where each stream's data lies. It interprets nothing (no content streams, no
 * fonts, no scripts, no object streams) and gives up — {@link Malformed} — on anything it does
 * not understand, past {@link #MAX_OBJECTS} objects or {@link #MAX_DEPTH} levels of nesting.
 */
final class PdfObjects {

  static final int MAX_OBJECTS = 20_000;
  static final int MAX_DEPTH = 32;
  private static final int MAX_STRING = 1 << 16;

  /** What the reader cannot read: the file is treated as holding no attachment. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  /** A reference {@code N G R}. */
  record Ref(long number, long generation) {}

  /** A name, {@code #xx} escapes decoded. */
  record Name(String value) {}

  /** An indirect object: its value and, for a stream, where its raw data lies. */
  record Entry(Object value, int dataStart, int dataEnd) {
    boolean isStream() {
      return dataStart >= 0;
    }
  }

  private final byte[] pdf;
  private int pos;

  private PdfObjects(byte[] pdf) {
    this.pdf = pdf;
  }

  /** Every top-level indirect object, by number (a later definition replaces an earlier one). */
  static Map<Long, Entry> read(byte[] pdf) throws Malformed {
    return new PdfObjects(pdf).all();
  }

  private Map<Long, Entry> all() throws Malformed {
    Map<Long, Entry> objects = new HashMap<>();
    Object previous = null;
    Object beforePrevious = null;
    while (true) {
      skipSpace();
      if (pos >= pdf.length) {
        return objects;
      }
      // A trailer's dictionary is read as a value, like an object's.
      Object token = startsWith("<<") ? value(0) : atom();
      if ("obj".equals(token) && previous instanceof Long
          && beforePrevious instanceof Long number) {
        if (objects.size() >= MAX_OBJECTS) {
          throw new Malformed("too many objects");
        }
        objects.put(number, object());
        previous = null;
        beforePrevious = null;
      } else {
        beforePrevious = previous;
        previous = token;
      }
    }
  }

  /** The body of {@code N G obj}: a value, maybe stream data, then {@code endobj}. */
  private Entry object() throws Malformed {
    Object value = value(0);
    skipSpace();
    int start = -1;
    int end = -1;
    if (keywordAhead("stream")) {
      pos += "stream".length();
      if (pos < pdf.length && pdf[pos] == '\r') {
        pos++;
      }
      if (pos >= pdf.length || pdf[pos] != '\n') {
        throw new Malformed("stream keyword without end of line");
      }
      start = ++pos;
      Object length = value instanceof Map<?, ?> dict ? dict.get("Length") : null;
      end = length instanceof Long direct && direct >= 0 && direct <= pdf.length - start
          ? start + (int) (long) direct : find("endstream", start);
      pos = end;
      skipSpace();
      expectKeyword("endstream");
      skipSpace();
    }
    expectKeyword("endobj");
    return new Entry(value, start, end);
  }

  private Object value(int depth) throws Malformed {
    if (depth > MAX_DEPTH) {
      throw new Malformed("nested too deeply");
    }
    skipSpace();
    if (pos >= pdf.length) {
      throw new Malformed("truncated");
    }
    if (startsWith("<<")) {
      pos += 2;
      Map<String, Object> dict = new LinkedHashMap<>();
      while (true) {
        skipSpace();
        if (startsWith(">>")) {
          pos += 2;
          return dict;
        }
        if (!(atomOrValue(depth) instanceof Name key)) {
          throw new Malformed("dictionary key is not a name");
        }
        dict.put(key.value(), value(depth + 1));
      }
    }
    if (pdf[pos] == '[') {
      pos++;
      List<Object> array = new ArrayList<>();
      while (true) {
        skipSpace();
        if (pos < pdf.length && pdf[pos] == ']') {
          pos++;
          return array;
        }
        array.add(value(depth + 1));
      }
    }
    return atomOrValue(depth);
  }

  /** A simple value, or a reference when a number is followed by {@code G R}. */
  private Object atomOrValue(int depth) throws Malformed {
    skipSpace();
    if (startsWith("<<") || (pos < pdf.length && pdf[pos] == '[')) {
      return value(depth + 1);
    }
    Object atom = atom();
    if (atom instanceof Long number) {
      int mark = pos;
      skipSpace();
      if (pos < pdf.length && isDigit(pdf[pos])) {
        Object generation = atom();
        skipSpace();
        if (generation instanceof Long g && keywordAhead("R")) {
          pos++;
          return new Ref(number, g);
        }
      }
      pos = mark;
    }
    return atom;
  }

  /** A name, string, number or keyword (keywords as {@code String}, strings as byte arrays). */
  private Object atom() throws Malformed {
    if (pos >= pdf.length) {
      throw new Malformed("truncated");
    }
    byte c = pdf[pos];
    if (c == '/') {
      pos++;
      return new Name(new String(nameBytes(), StandardCharsets.ISO_8859_1));
    }
    if (c == '(') {
      return literalString();
    }
    if (c == '<') {
      return hexString();
    }
    if (c == ')' || c == '>' || c == ']' || c == '}' || c == '{') {
      pos++;
      return String.valueOf((char) c);
    }
    int start = pos;
    while (pos < pdf.length && !isSpace(pdf[pos]) && !isDelimiter(pdf[pos])) {
      pos++;
    }
    String word = new String(pdf, start, pos - start, StandardCharsets.ISO_8859_1);
    if (word.matches("[0-9]{1,12}")) {
      return Long.parseLong(word);
    }
    return word;
  }

  private byte[] nameBytes() throws Malformed {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (pos < pdf.length && !isSpace(pdf[pos]) && !isDelimiter(pdf[pos])) {
      if (pdf[pos] == '#' && pos + 2 < pdf.length) {
        out.write(Integer.parseInt(hex(pdf[pos + 1]) + "" + hex(pdf[pos + 2]), 16));
        pos += 3;
      } else {
        out.write(pdf[pos++]);
      }
      if (out.size() > 127) {
        throw new Malformed("name too long");
      }
    }
    return out.toByteArray();
  }

  private byte[] literalString() throws Malformed {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int open = 0;
    pos++;
    while (pos < pdf.length) {
      byte c = pdf[pos++];
      if (c == '\\' && pos < pdf.length) {
        byte e = pdf[pos++];
        switch (e) {
          case 'n' -> out.write('\n');
          case 'r' -> out.write('\r');
          case 't' -> out.write('\t');
          case 'b' -> out.write('\b');
          case 'f' -> out.write('\f');
          case '\r', '\n' -> { }
          default -> {
            if (e >= '0' && e <= '7') {
              int octal = e - '0';
              for (int i = 0; i < 2 && pos < pdf.length && pdf[pos] >= '0' && pdf[pos] <= '7';
                  i++) {
                octal = octal * 8 + (pdf[pos++] - '0');
              }
              out.write(octal & 0xFF);
            } else {
              out.write(e);
            }
          }
        }
      } else if (c == '(') {
        open++;
        out.write(c);
      } else if (c == ')') {
        if (open-- == 0) {
          return out.toByteArray();
        }
        out.write(c);
      } else {
        out.write(c);
      }
      if (out.size() > MAX_STRING) {
        throw new Malformed("string too long");
      }
    }
    throw new Malformed("unterminated string");
  }

  private byte[] hexString() throws Malformed {
    pos++;
    StringBuilder digits = new StringBuilder();
    while (pos < pdf.length && pdf[pos] != '>') {
      byte c = pdf[pos++];
      if (!isSpace(c)) {
        digits.append(hex(c));
      }
      if (digits.length() > 2 * MAX_STRING) {
        throw new Malformed("string too long");
      }
    }
    if (pos++ >= pdf.length) {
      throw new Malformed("unterminated hex string");
    }
    if (digits.length() % 2 == 1) {
      digits.append('0');
    }
    byte[] out = new byte[digits.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }

  private static char hex(byte c) throws Malformed {
    if (Character.digit(c, 16) < 0) {
      throw new Malformed("not a hex digit");
    }
    return (char) c;
  }

  private void skipSpace() {
    while (pos < pdf.length) {
      if (isSpace(pdf[pos])) {
        pos++;
      } else if (pdf[pos] == '%') {
        while (pos < pdf.length && pdf[pos] != '\n' && pdf[pos] != '\r') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private boolean startsWith(String text) {
    if (pos + text.length() > pdf.length) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (pdf[pos + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean keywordAhead(String keyword) {
    int after = pos + keyword.length();
    return startsWith(keyword)
        && (after >= pdf.length || isSpace(pdf[after]) || isDelimiter(pdf[after]));
  }

  private void expectKeyword(String keyword) throws Malformed {
    if (!keywordAhead(keyword)) {
      throw new Malformed("expected " + keyword);
    }
    pos += keyword.length();
  }

  private int find(String keyword, int from) throws Malformed {
    outer:
    for (int i = from; i + keyword.length() <= pdf.length; i++) {
      for (int j = 0; j < keyword.length(); j++) {
        if (pdf[i + j] != keyword.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    throw new Malformed("no " + keyword);
  }

  private static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
  }

  private static boolean isDelimiter(byte c) {
    return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{'
        || c == '}' || c == '/' || c == '%';
  }

  static Optional<Entry> stream(Map<Long, Entry> objects, Object ref) {
    return ref instanceof Ref r ? Optional.ofNullable(objects.get(r.number()))
        .filter(Entry::isStream) : Optional.empty();
  }
}
