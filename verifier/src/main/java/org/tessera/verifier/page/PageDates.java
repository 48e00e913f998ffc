package org.tessera.verifier.page;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.tessera.verifier.checks.CredentialFields;

/**
 * Dates as the page shows them: the bundle's {@code date.pattern} in the page's language, always
 * in UTC (the pattern says so), never in the server's zone. Only the page: the JSON API, the CLI
 * and receipts keep ISO-8601.
 */
final class PageDates {

  private PageDates() {}

  static String format(Messages m, Lang lang, Instant instant) {
    return DateTimeFormatter.ofPattern(m.get(lang, "date.pattern"), lang.locale())
        .withZone(ZoneOffset.UTC).format(instant);
  }

  /** The day of an xsd:dateTime ({@code date.day.pattern}, UTC); other text as it is. */
  static String formatDay(Messages m, Lang lang, String dateTime) {
    return CredentialFields.instant(dateTime).map(i -> DateTimeFormatter.ofPattern(
        m.get(lang, "date.day.pattern"), lang.locale()).withZone(ZoneOffset.UTC).format(i))
        .orElse(dateTime);
  }

  /**
   * An xsd:dateTime with a time zone (a credential field, a check detail's argument) formatted;
   * any other text as it is, since the page shows what is there (the caller escapes it).
   */
  static String format(Messages m, Lang lang, String dateTime) {
    return CredentialFields.instant(dateTime).map(i -> format(m, lang, i)).orElse(dateTime);
  }
}
