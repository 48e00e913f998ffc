package org.tessera.verifier.ob2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * OB 2.0 DateTime values ({@code issuedOn}, {@code expires}): ISO 8601 with a time zone offset,
 * or a bare date (read as midnight UTC); anything else is unreadable.
 */
final class Ob2Dates {

  private Ob2Dates() {}

  static Optional<Instant> parse(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
