package org.tessera.shared.html;

/**
 * The one escaper for text placed into HTML, SVG or XML (element text and double- or
 * single-quoted attribute values): every piece of text that comes from a credential, a trust
 * list, a configuration or a request goes through {@link #escape} before it reaches a page.
 *
 * <p>Characters a page or an XML 1.0 file must not carry (C0 controls other than tab, line feed
 * and carriage return; DEL and the C1 controls; lone surrogates; U+FFFE and U+FFFF) become
 * U+FFFD. Replaced, never dropped: dropping would join what was apart ({@code java\0script}
 * would become {@code javascript}). Decision 0026.
 */
public final class Html {

  private static final char REPLACEMENT = '\uFFFD';

  private Html() {}

  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else {
            out.append(allowed(c) ? c : REPLACEMENT);
          }
        }
      }
    }
    return out.toString();
  }

  /** Whether {@code c} (not part of a surrogate pair) may stand in a page as it is. */
  private static boolean allowed(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    return c >= 0x20 && !(c >= 0x7F && c <= 0x9F) && !Character.isSurrogate(c)
        && c != '\uFFFE' && c != '\uFFFF';
  }
}
