package org.tessera.verifier.trust;

import java.util.Objects;
import org.tessera.shared.trust.TrustList;
import org.tessera.verifier.result.ErrorCode;

/** The trust list in force for one verification, or why there is none. */
public sealed interface TrustLookup {

  /** A trust list verified against the pinned anchor, not expired, not rolled back. */
  record Available(TrustList trustList) implements TrustLookup {
    public Available {
      Objects.requireNonNull(trustList, "trustList");
    }
  }

  /** A trust list is configured but cannot be used (fail closed). */
  record Unavailable(ErrorCode code, String message) implements TrustLookup {
    public Unavailable {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }

  /** The operator explicitly chose to run without a trust list ({@code --no-trust-list}). */
  record Disabled() implements TrustLookup {}
}
