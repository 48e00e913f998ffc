package org.tessera.verifier.trust;

import java.util.Objects;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.result.ErrorCode;

/** Whether the trust list vouches for a credential's issuer. */
public sealed interface TrustDecision {

  record Trusted(TrustedIssuer issuer) implements TrustDecision {
    public Trusted {
      Objects.requireNonNull(issuer, "issuer");
    }
  }

  record Refused(ErrorCode code, String message) implements TrustDecision {
    public Refused {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
