package org.tessera.verifier.status;

import java.util.Objects;
import org.tessera.verifier.result.ErrorCode;

/** A verified status list, or the stable reason none could be had. */
public sealed interface StatusListLookup {

  record Loaded(StatusListSnapshot snapshot) implements StatusListLookup {
    public Loaded {
      Objects.requireNonNull(snapshot, "snapshot");
    }
  }

  record Refused(ErrorCode code, String message) implements StatusListLookup {
    public Refused {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(message, "message");
    }
  }
}
