package org.tessera.verifier.fetch;

import java.io.IOException;
import java.util.Objects;

/**
 * The network rules refused a host's addresses (or it did not resolve). Carries the result the
 * fetch returns; thrown by {@link UrlPolicy#approvedAddresses} and never leaves this package.
 */
final class AddressRefusedException extends IOException {

  private final transient FetchResult result;

  AddressRefusedException(FetchResult result) {
    super(Objects.requireNonNull(result, "result").toString());
    this.result = result;
  }

  FetchResult result() {
    return result;
  }
}
