package org.tessera.verifier.page;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prefixes every element id in a page fragment, and the references to them ({@code for},
 * {@code aria-labelledby}, {@code aria-describedby}, {@code href="#…"}), so that a fragment
 * rendered once per credential (an answered presentation) keeps ids unique on the page. Works on
 * escaped output: a quote inside a value is {@code &quot;}, so {@code name="…"} only matches
 * attributes.
 */
final class IdScope {

  private static final Pattern REFERENCES = Pattern.compile(
      " (id|for|aria-labelledby|aria-describedby|href)=\"(#?)([^\"]*)\"");

  private IdScope() {}

  static String prefix(String html, String prefix) {
    Matcher m = REFERENCES.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 256);
    while (m.find()) {
      String attribute = m.group(1);
      String hash = m.group(2);
      String value = m.group(3);
      String scoped;
      if (attribute.equals("href")) {
        // Only links inside the page ("#details"); other URLs stay as they are.
        scoped = hash.isEmpty() || value.isEmpty() ? m.group() : " href=\"#" + prefix + value + "\"";
      } else {
        // aria-labelledby and aria-describedby hold a list of ids.
        scoped = " " + attribute + "=\"" + prefix + value.trim().replaceAll("\\s+", " " + prefix) + "\"";
      }
      m.appendReplacement(out, Matcher.quoteReplacement(scoped));
    }
    m.appendTail(out);
    return out.toString();
  }
}
