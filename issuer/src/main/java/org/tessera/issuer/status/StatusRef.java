package org.tessera.issuer.status;

import java.util.Objects;

/** One allocated position: list and index. */
public record StatusRef(String listId, int index) {
  public StatusRef {
    Objects.requireNonNull(listId, "listId");
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative");
    }
  }
}
