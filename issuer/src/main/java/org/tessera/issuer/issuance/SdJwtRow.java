package org.tessera.issuer.issuance;

import java.time.Instant;
import java.util.Objects;
import org.tessera.issuer.status.StatusRef;

/**
 * The SD-JWT VC of one award: its Token Status List position (fixed for the award) and the latest
 * SD-JWT VC issued for it ({@code holderBound} when it carries a wallet's {@code cnf} key).
 */
public record SdJwtRow(String credentialId, StatusRef tokenStatus, String jti, String sdJwt,
    String signingKid, boolean holderBound, Instant createdAt, Instant updatedAt) {

  public SdJwtRow {
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(tokenStatus, "tokenStatus");
    Objects.requireNonNull(jti, "jti");
    Objects.requireNonNull(sdJwt, "sdJwt");
    Objects.requireNonNull(signingKid, "signingKid");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  @Override
  public String toString() {
    return "SdJwtRow[credentialId=" + credentialId + ", jti=" + jti + ", sdJwt redacted]";
  }
}
