package org.tessera.issuer.institutions;

import java.util.Objects;
import org.tessera.issuer.achievements.AchievementService;
import org.tessera.issuer.claim.ClaimService;
import org.tessera.issuer.claim.ClaimingIssuance;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.issuance.CredentialLifecycle;
import org.tessera.issuer.issuance.IssuanceService;
import org.tessera.issuer.keys.KeyLifecycle;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.PublicKeyDocuments;
import org.tessera.issuer.oid4vci.Oid4vci;
import org.tessera.issuer.sdjwt.SdJwtVcIssuer;
import org.tessera.issuer.status.StatusListService;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.vcapi.VcApiService;

/**
 * One awarding body of the deployment with its own services: every repository under them is
 * confined to the institution's rows ({@link Scope}), and every signature uses its keys.
 */
public record Institution(
    IssuerIdentity identity,
    KeyRing keys,
    KeyLifecycle keyLifecycle,
    PublicKeyDocuments publicKeys,
    StatusListService status,
    AchievementService achievements,
    IssuanceService issuance,
    CredentialLifecycle lifecycle,
    VcApiService vcApi,
    Oid4vci oid4vci,
    ClaimService claims,
    ClaimingIssuance delivery,
    SdJwtVcIssuer sdJwt) {

  public Institution {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(keyLifecycle, "keyLifecycle");
    Objects.requireNonNull(publicKeys, "publicKeys");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(achievements, "achievements");
    Objects.requireNonNull(issuance, "issuance");
    Objects.requireNonNull(lifecycle, "lifecycle");
    Objects.requireNonNull(vcApi, "vcApi");
    Objects.requireNonNull(oid4vci, "oid4vci");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(sdJwt, "sdJwt");
  }

  public String id() {
    return identity.scope().institutionId();
  }

  public Scope scope() {
    return identity.scope();
  }
}
