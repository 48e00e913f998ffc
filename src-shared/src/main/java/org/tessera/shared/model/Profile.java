package org.tessera.shared.model;

import java.util.List;
import java.util.Optional;

/**
 * OB 3.0 {@code Profile} of an organisation (issuer, achievement creator). {@code email} is the
 * organisation's contact address only: learners' e-mail addresses never appear in clear.
 */
public record Profile(
    String id,
    List<String> type,
    String name,
    Optional<String> url,
    Optional<String> email,
    Optional<String> description,
    Optional<Address> address) {

  public static final List<String> TYPE = List.of("Profile");

  public Profile {
    Checks.uri(id, "id");
    type = Checks.types(type, "Profile", "type");
    Checks.text(name, "name");
    Checks.optionalUri(url, "url");
    Checks.optionalText(email, "email");
    Checks.optionalText(description, "description");
    Checks.present(address, "address");
  }

  public Profile(String id, String name, Optional<String> url, Optional<String> email,
      Optional<String> description, Optional<Address> address) {
    this(id, TYPE, name, url, email, description, address);
  }
}
