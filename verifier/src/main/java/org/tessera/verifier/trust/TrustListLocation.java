package org.tessera.verifier.trust;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;

/**
 * Where the trust list JWT comes from: a local file or an https URL (fetched with the safe
 * fetcher). A value starting with {@code http://} or {@code https://} is a URL, anything else a
 * path.
 */
public sealed interface TrustListLocation {

  record File(Path path) implements TrustListLocation {
    public File {
      Objects.requireNonNull(path, "path");
    }
  }

  record Url(URI url) implements TrustListLocation {
    public Url {
      Objects.requireNonNull(url, "url");
    }
  }

  static TrustListLocation parse(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      return new Url(URI.create(value));
    }
    return new File(Path.of(value));
  }

  /** The JWT text, or empty when it cannot be read. */
  default Optional<String> read(SafeFetcher fetcher) {
    if (this instanceof File file) {
      try {
        if (Files.size(file.path()) > SafeFetcher.TRUST_LIST_MAX_BYTES) {
          return Optional.empty();
        }
        return Optional.of(Files.readString(file.path(), StandardCharsets.UTF_8).strip());
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    FetchResult result = fetcher.fetch(((Url) this).url(), "application/jwt, application/json",
        SafeFetcher.TRUST_LIST_MAX_BYTES);
    return result instanceof FetchResult.Ok ok ? Optional.of(ok.bodyText().strip())
        : Optional.empty();
  }
}
