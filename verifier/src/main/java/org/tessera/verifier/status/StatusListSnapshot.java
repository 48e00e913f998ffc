package org.tessera.verifier.status;

import java.util.Objects;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;

/** A verified, decoded status list, as cached. */
public record StatusListSnapshot(String url, String issuer, StatusPurpose purpose,
    BitstringStatusList list) {

  public StatusListSnapshot {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(list, "list");
  }
}
