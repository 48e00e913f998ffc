package org.tessera.shared.cmf;

import java.util.List;
import java.util.Objects;

/** Whether a credential is CMF conformant, why not, and the facts the verdict rests on. */
public record CmfVerdict(boolean conformant, List<CmfReason> reasons, CmfFacts facts) {

  public CmfVerdict {
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(facts, "facts");
    if (conformant != reasons.isEmpty()) {
      throw new IllegalArgumentException("conformant exactly when there is no reason");
    }
  }

  /** The reason codes, in the order found. */
  public List<String> reasonCodes() {
    return reasons.stream().map(r -> r.code().name()).toList();
  }
}
