package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageDatesTest {

  private static final Instant NEW_YEAR = Instant.parse("2027-01-01T00:00:00Z");

  private final Messages messages = new Messages();
  private TimeZone zone;
  private Locale locale;

  /** A server far from UTC in another language: neither may leak into the page. */
  @BeforeEach
  void farAwayServer() {
    zone = TimeZone.getDefault();
    locale = Locale.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
    Locale.setDefault(Locale.FRANCE);
  }

  @AfterEach
  void restore() {
    TimeZone.setDefault(zone);
    Locale.setDefault(locale);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "EN | 1 January 2027, 00:00 UTC",
      "DE | 1. Januar 2027, 00:00 UTC",
      "NL | 1 januari 2027, 00:00 UTC",
      "FR | 1 janvier 2027 à 00:00 UTC",
      "ES | 1 de enero de 2027, 00:00 UTC",
      "IT | 1 gennaio 2027, ore 00:00 UTC",
      "PL | 1 stycznia 2027 r., 00:00 UTC"})
  void format_instant_inPageLanguage_alwaysUtc(Lang lang, String expected) {
    assertThat(PageDates.format(messages, lang, NEW_YEAR)).isEqualTo(expected);
  }

  /** Polish names the month in the genitive after a day ("1 stycznia"), as java.time does. */
  @Test
  void formatDay_polish_monthInGenitive() {
    assertThat(PageDates.formatDay(messages, Lang.PL, "2027-03-15T18:45:00+02:00"))
        .isEqualTo("15 marca 2027 r.");
  }

  @Test
  void format_dateTimeWithOffset_shownInUtc() {
    assertThat(PageDates.format(messages, Lang.DE, "2027-03-15T18:45:00+02:00"))
        .isEqualTo("15. März 2027, 16:45 UTC");
  }

  @Test
  void format_textThatIsNoDateTime_keptAsItIs() {
    assertThat(PageDates.format(messages, Lang.NL, "2027-01-01")).isEqualTo("2027-01-01");
    assertThat(PageDates.format(messages, Lang.EN, "<b>soon</b>")).isEqualTo("<b>soon</b>");
  }
}
