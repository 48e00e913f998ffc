package org.tessera.shared.jsonld;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Outcome of {@link JsonLdTermCheck#check}: {@code ok} exactly when no term is undefined and the
 * document could be expanded at all ({@code error} empty).
 */
public record TermCheckResult(boolean ok, List<String> undefinedTerms, Optional<String> error) {

  public TermCheckResult {
    undefinedTerms = List.copyOf(undefinedTerms);
    Objects.requireNonNull(error, "error");
    if (ok != (undefinedTerms.isEmpty() && error.isEmpty())) {
      throw new IllegalArgumentException("ok must hold exactly when nothing was found");
    }
  }

  static TermCheckResult passed() {
    return new TermCheckResult(true, List.of(), Optional.empty());
  }

  static TermCheckResult undefined(List<String> terms) {
    return new TermCheckResult(terms.isEmpty(), terms, Optional.empty());
  }

  static TermCheckResult failed(String error) {
    return new TermCheckResult(false, List.of(), Optional.of(error));
  }
}
