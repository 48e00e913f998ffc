package org.tessera.verifier.page;

/**
 * HTML escaping: every piece of text that comes from a credential, a trust list or a request
 * goes through {@link #esc} before it reaches a page. Escapes for both element content and
 * double- or single-quoted attribute values.
 */
public final class Html {

  private Html() {}

  public static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters other than tab/newline have no business in a page.
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
