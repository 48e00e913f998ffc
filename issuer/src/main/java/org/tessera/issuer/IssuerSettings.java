package org.tessera.issuer;

import java.util.Map;
import java.util.Objects;
import org.tessera.issuer.access.AccessConfig;
import org.tessera.issuer.claim.ClaimConfig;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.issuer.oid4vci.Oid4vciSettings;

/**
 * Everything the issuer app is configured with, read once at start-up: the deployment and its
 * institutions, access control (rate limits, PKCS#11 key, key refresh), claim links and e-mail,
 * and the OpenID4VCI lifetimes and limits.
 */
public record IssuerSettings(IssuerConfig issuer, AccessConfig access, ClaimConfig claims,
    Oid4vciSettings oid4vci) {

  public IssuerSettings {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(oid4vci, "oid4vci");
  }

  /**
   * Reads the {@code ISSUER_*} environment variables.
   *
   * @throws org.tessera.issuer.config.ConfigException naming every problem of the first part
   *     (deployment, access, claims, OpenID4VCI) that has one
   */
  public static IssuerSettings fromEnvironment(Map<String, String> env) {
    IssuerConfig issuer = IssuerConfig.fromEnvironment(env);
    AccessConfig access = AccessConfig.fromEnvironment(env);
    ClaimConfig claims = ClaimConfig.fromEnvironment(env);
    return new IssuerSettings(issuer, access, claims, Oid4vciSettings.fromEnvironment(env));
  }

  /**
   * For tests and embedding: {@code issuer} with the default access, claim and OpenID4VCI
   * settings.
   */
  public static IssuerSettings of(IssuerConfig issuer) {
    return new IssuerSettings(issuer, AccessConfig.defaults(), ClaimConfig.defaults(),
        Oid4vciSettings.DEFAULTS);
  }

  public IssuerSettings withAccess(AccessConfig newAccess) {
    return new IssuerSettings(issuer, newAccess, claims, oid4vci);
  }

  public IssuerSettings withClaims(ClaimConfig newClaims) {
    return new IssuerSettings(issuer, access, newClaims, oid4vci);
  }
}
