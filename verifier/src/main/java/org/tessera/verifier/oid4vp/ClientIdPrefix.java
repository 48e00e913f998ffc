package org.tessera.verifier.oid4vp;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a wallet learns who the verifier is (OpenID4VP §5.9). {@code decentralized_identifier}:
 * the request object is signed with a key of the verifier's did:web. {@code redirect_uri}: the
 * client identifier is the response URI and the request goes unsigned in the link (it cannot be
 * signed); development only, behind {@code VERIFIER_OID4VP_ALLOW_REDIRECT_URI=true}.
 */
public enum ClientIdPrefix {
  DECENTRALIZED_IDENTIFIER("decentralized_identifier"),
  REDIRECT_URI("redirect_uri");

  private final String prefix;

  ClientIdPrefix(String prefix) {
    this.prefix = prefix;
  }

  /** The prefix as written in {@code client_id}, without the colon. */
  public String prefix() {
    return prefix;
  }

  public static Optional<ClientIdPrefix> named(String prefix) {
    return Arrays.stream(values()).filter(p -> p.prefix.equals(prefix)).findFirst();
  }
}
