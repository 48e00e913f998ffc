package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import java.util.Objects;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.trust.TrustLookup;

/**
 * What every {@link CredentialRule} sees: a credential JWT whose signature has been verified,
 * with the context the rules share.
 *
 * @param jwt the parsed token (claims and credential)
 * @param credential the token's credential, one copy shared by the rules (which only read it)
 * @param issuerId the issuer the credential names, authenticated by the signature
 * @param trust the trust list in force for this verification
 * @param pinnedKeys keys the trust list pins for the issuer (may be empty)
 * @param statusFreshness whether cached status lists must be revalidated first
 * @param deadline the one deadline of this verification, for rules that fetch
 */
public record AuthenticatedCredential(ParsedCredentialJwt jwt, ObjectNode credential,
    String issuerId, TrustLookup trust, List<JWK> pinnedKeys, StatusFreshness statusFreshness,
    Deadline deadline) {

  public AuthenticatedCredential {
    Objects.requireNonNull(jwt, "jwt");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(issuerId, "issuerId");
    Objects.requireNonNull(trust, "trust");
    pinnedKeys = List.copyOf(pinnedKeys);
    Objects.requireNonNull(statusFreshness, "statusFreshness");
    Objects.requireNonNull(deadline, "deadline");
  }

  @Override
  public String toString() {
    // Credential contents are personal data: never in logs.
    return "AuthenticatedCredential[issuer=" + issuerId + "]";
  }
}
