package org.tessera.verifier.keys;

import java.util.Objects;
import org.tessera.verifier.result.ErrorCode;

/** The outcome of resolving a {@code kid}: a key, or a stable reason why not. */
public sealed interface KeyLookup {

  record Found(ResolvedKey key) implements KeyLookup {
    public Found {
      Objects.requireNonNull(key, "key");
    }
  }

  record Refused(ErrorCode code) implements KeyLookup {
    public Refused {
      Objects.requireNonNull(code, "code");
    }
  }
}
