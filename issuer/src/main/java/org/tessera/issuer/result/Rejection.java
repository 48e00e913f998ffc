package org.tessera.issuer.result;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An expected refusal of a request: a stable code, an optional detail and field errors. */
public record Rejection(IssuerError code, Optional<String> detail, List<FieldError> errors) {
  public Rejection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
    errors = List.copyOf(errors);
  }

  public static Rejection of(IssuerError code) {
    return new Rejection(code, Optional.empty(), List.of());
  }

  public static Rejection of(IssuerError code, String detail) {
    return new Rejection(code, Optional.of(detail), List.of());
  }

  public static Rejection invalid(List<FieldError> errors) {
    return new Rejection(IssuerError.VALIDATION_FAILED,
        Optional.of(errors.size() + " field(s) failed validation"), errors);
  }

  public static Rejection invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }
}
