package org.tessera.verifier.page;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The page languages. Chosen by a path prefix ({@code /de/}), then the {@code lang} cookie, then
 * {@code Accept-Language}; never by a query parameter, so a link never carries more than it must.
 */
public enum Lang {
  EN("en"), DE("de"), NL("nl"), FR("fr"), ES("es"), IT("it"), PL("pl");

  /** Cookie remembering an explicit choice (made by following a {@code /de/} link). */
  public static final String COOKIE = "lang";

  private final String tag;

  Lang(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  /** The locale for formatting numbers, plurals and dates in this language. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  public static Optional<Lang> fromTag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String lower = tag.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(l -> l.tag.equals(lower)).findFirst();
  }

  /** The first supported language of an {@code Accept-Language} header, by quality value. */
  public static Optional<Lang> fromAcceptLanguage(String header) {
    if (header == null || header.length() > 512) {
      return Optional.empty();
    }
    Lang best = null;
    double bestQ = 0;
    for (String part : header.split(",")) {
      String[] pieces = part.strip().split(";");
      String primary = pieces[0].strip().split("-")[0];
      double q = 1;
      for (int i = 1; i < pieces.length; i++) {
        String p = pieces[i].strip();
        if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      Optional<Lang> lang = fromTag(primary);
      if (lang.isPresent() && q > bestQ) {
        best = lang.get();
        bestQ = q;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Path prefix, cookie, header, English: the first that names a supported language. */
  public static Lang resolve(Optional<String> pathPrefix, Optional<String> cookie,
      Optional<String> acceptLanguage) {
    return pathPrefix.flatMap(Lang::fromTag)
        .or(() -> cookie.flatMap(Lang::fromTag))
        .or(() -> acceptLanguage.flatMap(Lang::fromAcceptLanguage))
        .orElse(EN);
  }
}
