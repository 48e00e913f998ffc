package org.tessera.issuer.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A signing key held in a PKCS#11 token: {@code ISSUER_PKCS11_*} for the default institution, or
 * the {@code pkcs11} block of a further institution in {@code ISSUER_INSTITUTIONS}.
 *
 * @param configFile SunPKCS11 configuration file ({@code name}, {@code library}, {@code slot})
 * @param pin the token user PIN (never logged)
 * @param alias the key's alias (CKA_LABEL) in the token
 * @param keyId the published key id; defaults to the alias
 * @param origin where the settings were written, so that problems name them as written there
 */
public record Pkcs11Settings(Path configFile, String pin, String alias, String keyId,
    Origin origin) {

  /** Where PKCS#11 settings come from. */
  public enum Origin {
    /** {@code ISSUER_PKCS11_CONFIG}, {@code _ALIAS}, {@code _KID}. */
    ENVIRONMENT,
    /** An institution's {@code pkcs11} block: {@code config}, {@code alias}, {@code kid}. */
    INSTITUTIONS_FILE
  }

  public Pkcs11Settings {
    Objects.requireNonNull(configFile, "configFile");
    Objects.requireNonNull(pin, "pin");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(origin, "origin");
  }

  /** Settings from the {@code ISSUER_PKCS11_*} variables. */
  public Pkcs11Settings(Path configFile, String pin, String alias, String keyId) {
    this(configFile, pin, alias, keyId, Origin.ENVIRONMENT);
  }

  /**
   * How problems name setting {@code field} ({@code config}, {@code alias}, {@code kid}), or the
   * settings as a whole for an empty field: {@code ISSUER_PKCS11_ALIAS} or {@code pkcs11.alias}.
   */
  public String name(String field) {
    if (origin == Origin.ENVIRONMENT) {
      return field.isEmpty() ? "ISSUER_PKCS11" : "ISSUER_PKCS11_" + field.toUpperCase(Locale.ROOT);
    }
    return field.isEmpty() ? "pkcs11" : "pkcs11." + field;
  }

  @Override
  public String toString() {
    return "Pkcs11Settings[configFile=" + configFile + ", alias=" + alias + ", keyId=" + keyId
        + ", pin=(redacted)]";
  }
}
