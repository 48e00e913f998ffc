package org.tessera.issuer.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an API token may do. Stored by lower-case name: never rename a constant. */
public enum Role {
  /** Everything, including keys and tokens. */
  ADMIN,
  /** Achievements, issuance, revoke/suspend/reinstate, offers; and reading them. */
  REGISTRAR,
  /** Read only: credentials, achievements, keys, the audit trail. */
  AUDITOR;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> fromWire(String name) {
    return Arrays.stream(values()).filter(r -> r.wireName().equals(name)).findFirst();
  }
}
