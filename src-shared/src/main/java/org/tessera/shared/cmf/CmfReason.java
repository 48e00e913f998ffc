package org.tessera.shared.cmf;

import java.util.Objects;

/** One reason a credential is not conformant: a stable code and a message for people. */
public record CmfReason(CmfReasonCode code, String message) {

  public CmfReason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
