package org.tessera.verifier.oid4vp;

import java.util.Arrays;
import java.util.Optional;

/**
 * How the wallet sends its answer (OpenID4VP §8.2, §8.3): {@code direct_post} (form fields
 * {@code vp_token}, {@code state}) or {@code direct_post.jwt} (one form field {@code response}:
 * a JWE of those fields to the transaction's own ephemeral key, so only this verifier reads
 * the presentations even behind a TLS-terminating proxy).
 */
public enum ResponseMode {
  DIRECT_POST("direct_post"),
  DIRECT_POST_JWT("direct_post.jwt");

  private final String value;

  ResponseMode(String value) {
    this.value = value;
  }

  public String value() {
    return value;
  }

  public static Optional<ResponseMode> named(String value) {
    return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
  }
}
