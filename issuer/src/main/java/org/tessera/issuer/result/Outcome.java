package org.tessera.issuer.result;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** The result of a service call: a value, or an expected rejection. */
public sealed interface Outcome<T> permits Outcome.Ok, Outcome.Failed {

  record Ok<T>(T value) implements Outcome<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  record Failed<T>(Rejection rejection) implements Outcome<T> {
    public Failed {
      Objects.requireNonNull(rejection, "rejection");
    }
  }

  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Outcome<T> failed(Rejection rejection) {
    return new Failed<>(rejection);
  }

  /** Applies {@code next} to a value; passes a rejection through unchanged. */
  default <U> Outcome<U> then(Function<T, Outcome<U>> next) {
    if (this instanceof Ok<T> ok) {
      return next.apply(ok.value());
    }
    return new Failed<>(((Failed<T>) this).rejection());
  }

  /** The value, or empty for a rejection. */
  default Optional<T> toOptional() {
    return this instanceof Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
  }

  default <U> Outcome<U> map(Function<T, U> f) {
    return then(v -> new Ok<>(f.apply(v)));
  }
}
