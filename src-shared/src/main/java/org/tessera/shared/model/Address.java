package org.tessera.shared.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * OB 3.0 {@code Address}, reduced to what the CMF needs: the issuer country.
 * {@code addressCountryCode} is ISO 3166-1 alpha-2; Tessera also writes the code into
 * {@code addressCountry}, other issuers may write a country name there.
 */
public record Address(
    String addressCountry,
    String addressCountryCode,
    Optional<String> addressRegion,
    Optional<String> addressLocality,
    Optional<String> streetAddress,
    Optional<String> postalCode) {

  private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

  public Address {
    Checks.text(addressCountry, "addressCountry");
    Checks.text(addressCountryCode, "addressCountryCode");
    if (!ALPHA_2.matcher(addressCountryCode).matches()) {
      throw new IllegalArgumentException("addressCountryCode: must be ISO 3166-1 alpha-2");
    }
    Checks.optionalText(addressRegion, "addressRegion");
    Checks.optionalText(addressLocality, "addressLocality");
    Checks.optionalText(streetAddress, "streetAddress");
    Checks.optionalText(postalCode, "postalCode");
  }

  /** An address that names only the country, by its ISO 3166-1 alpha-2 code. */
  public static Address country(String countryCode) {
    return new Address(countryCode, countryCode, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }
}
