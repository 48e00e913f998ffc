package org.tessera.issuer.keys;

/** Where a published key is in its life. Stored by name: never rename a constant. */
public enum KeyState {
  /** Signs new credentials and status lists; exactly one key is active. */
  ACTIVE,
  /** Published and verifying; may be activated (a new key before rotation, an old one after). */
  STANDBY,
  /** Published so that what it signed keeps verifying; never signs again. */
  RETIRED,
  /** Published with a {@code revoked} time; what it signed from then on fails; never signs. */
  COMPROMISED
}
