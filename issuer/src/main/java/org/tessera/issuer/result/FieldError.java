package org.tessera.issuer.result;

import java.util.Objects;

/**
 * One problem with one request field, e.g. {@code learner.email}: "not an e-mail address".
 * Messages describe the rule, never echo the submitted value.
 */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
