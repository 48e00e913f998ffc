package org.tessera.verifier.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tessera.verifier.checks.CredentialFields;

/**
 * LinkedIn's public "add certification" URL for a share page. It carries the title, the issuer's
 * name, the issue date, the share link and the credential id — never the learner's name or any
 * other personal data (LinkedIn knows who is adding it).
 */
public final class LinkedInLink {

  static final String BASE = "https://www.linkedin.com/profile/add";

  private LinkedInLink() {}

  /** @param trustedIssuerName the issuer's name on the trust list, preferred to the credential's */
  public static String url(CredentialView view, Optional<String> trustedIssuerName,
      String shareUrl) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("startTask", "CERTIFICATION_NAME");
    view.title().ifPresent(t -> params.put("name", t));
    trustedIssuerName.or(view::issuerName).ifPresent(n -> params.put("organizationName", n));
    view.issuedOn().ifPresent(d -> yearMonth(d, "issue", params));
    view.validUntil().ifPresent(d -> yearMonth(d, "expiration", params));
    params.put("certUrl", shareUrl);
    view.id().ifPresent(id -> params.put("certId", id));
    return BASE + "?" + params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /**
   * Year and month in UTC, as the page shows the date: {@code 2026-01-31T23:30:00-02:00} is
   * February. A date-time without a zone keeps the year and month it names; an impossible one
   * (month 13) is left out.
   */
  private static void yearMonth(String dateTime, String prefix, Map<String, String> params) {
    Optional<YearMonth> month = CredentialFields.instant(dateTime)
        .map(i -> YearMonth.from(i.atZone(ZoneOffset.UTC)))
        .or(() -> named(dateTime));
    month.ifPresent(m -> {
      params.put(prefix + "Year", String.valueOf(m.getYear()));
      params.put(prefix + "Month", String.valueOf(m.getMonthValue()));
    });
  }

  private static Optional<YearMonth> named(String dateTime) {
    try {
      return Optional.of(YearMonth.parse(dateTime.substring(0, 7)));
    } catch (DateTimeParseException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }
}
