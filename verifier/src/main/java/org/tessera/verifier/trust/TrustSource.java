package org.tessera.verifier.trust;

import org.tessera.verifier.result.ErrorCode;

/** Supplies the trust list in force now. Implementations are thread-safe. */
@FunctionalInterface
public interface TrustSource {

  TrustLookup current();

  /** For running deliberately without a trust list. */
  static TrustSource disabled() {
    return TrustLookup.Disabled::new;
  }

  /** For a configuration that names no trust list: every credential fails closed. */
  static TrustSource missing() {
    return () -> new TrustLookup.Unavailable(ErrorCode.TRUST_LIST_UNAVAILABLE,
        "no trust list is configured (use --no-trust-list to skip)");
  }
}
