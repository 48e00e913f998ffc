package org.tessera.verifier.presentation;

import java.util.Locale;

/** How one presented credential relates to the holder who signed the presentation. */
public enum Binding {
  /** Every {@code credentialSubject.id} is the holder's DID. */
  BOUND,
  /** A subject has no id (e.g. a downloaded file): not the holder's, and never counted as such. */
  NOT_BOUND,
  /** A subject is someone else: the presentation fails with {@code HOLDER_MISMATCH}. */
  OTHER_HOLDER,
  /** The credential's own signature did not verify, so its subject is not known. */
  UNKNOWN;

  /** The JSON name: {@code bound}, {@code not-bound}, {@code other-holder}, {@code unknown}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
