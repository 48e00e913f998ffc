package org.tessera.verifier.result;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a passed or skipped check says, as a {@link DetailKey} and its arguments, so the page can
 * translate it while the JSON API, the CLI and receipts keep the English {@link #english()} text.
 * Arguments may come from the credential (a kid, a name): whoever renders them must escape them.
 */
public record Detail(DetailKey key, List<String> args) {

  public Detail {
    Objects.requireNonNull(key, "key");
    args = List.copyOf(args);
    if (args.size() != key.arity()) {
      throw new IllegalArgumentException(key + " takes " + key.arity() + " argument(s)");
    }
  }

  /** The English wire text: the pattern with the arguments filled in. */
  public String english() {
    return new MessageFormat(key.englishPattern(), Locale.ROOT).format(args.toArray());
  }
}
