package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;

/**
 * Fetches the linked documents of an OB 2.0 badge (assertion, BadgeClass, issuer Profile,
 * CryptographicKey, RevocationList) through the verifier's one {@link SafeFetcher}, so they are
 * under its network rules (https, public addresses, size and time caps). A document must be one
 * JSON object whose {@code id} is the URL asked for: a page that names another id is not that
 * document.
 */
final class Ob2Fetcher {

  /** Largest assertion, BadgeClass, Profile or key accepted. */
  static final int DOCUMENT_MAX_BYTES = 256 * 1024;

  /** Largest revocation list accepted (tens of thousands of revoked ids). */
  static final int REVOCATION_LIST_MAX_BYTES = 2 * 1024 * 1024;

  private static final String ACCEPT = "application/ld+json, application/json;q=0.9";

  /** What a fetch gave. */
  sealed interface Fetched {
    /** The document, with the URL it was asked for as its {@code id}. */
    record Found(ObjectNode document) implements Fetched {}

    /** The network rules refused the URL (or a redirect): nothing was sent there. */
    record Blocked() implements Fetched {}

    /** Unreachable, not JSON, too large, out of time, or another {@code id}. */
    record Unusable() implements Fetched {}
  }

  private final SafeFetcher fetcher;

  Ob2Fetcher(SafeFetcher fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  Fetched document(URI url, Deadline deadline) {
    return fetch(url, DOCUMENT_MAX_BYTES, deadline);
  }

  Fetched revocationList(URI url, Deadline deadline) {
    return fetch(url, REVOCATION_LIST_MAX_BYTES, deadline);
  }

  private Fetched fetch(URI url, int maxBytes, Deadline deadline) {
    if (deadline.passed()) {
      return new Fetched.Unusable();
    }
    FetchResult result = fetcher.fetch(url, ACCEPT, maxBytes);
    if (result instanceof FetchResult.Blocked) {
      return new Fetched.Blocked();
    }
    if (!(result instanceof FetchResult.Ok ok) || deadline.passed()) {
      return new Fetched.Unusable();
    }
    Optional<ObjectNode> json = Json.parseUntrustedObject(ok.bodyText());
    return json.filter(doc -> Ob2Json.id(doc).filter(url.toString()::equals).isPresent())
        .<Fetched>map(Fetched.Found::new).orElseGet(Fetched.Unusable::new);
  }
}
