package org.tessera.verifier.fetch;

import java.net.URI;

/**
 * Outbound HTTP for DID documents, status lists and trust lists, under the network rules of
 * DESIGN §8: https only, public addresses only, size and time limits, few redirects.
 */
public interface SafeFetcher {

  /** Largest DID document accepted. */
  int DID_DOCUMENT_MAX_BYTES = 256 * 1024;

  /** Largest status list credential accepted (a 1,048,576-entry list is ~130 KB compressed). */
  int STATUS_LIST_MAX_BYTES = 2 * 1024 * 1024;

  /** Largest trust list accepted. */
  int TRUST_LIST_MAX_BYTES = 1024 * 1024;

  /**
   * GETs {@code url} with the given {@code Accept} header; the body may be at most
   * {@code maxBytes} long.
   */
  FetchResult fetch(URI url, String accept, int maxBytes);

  /**
   * As {@link #fetch(URI, String, int)}, but conditional: sends {@code If-None-Match: etag} and
   * answers {@link FetchResult.NotModified} when the server confirms the copy we hold. A fetcher
   * that cannot send conditional requests (the default) fetches the whole body instead, which is
   * always a correct answer.
   */
  default FetchResult fetchIfNoneMatch(URI url, String accept, int maxBytes, String etag) {
    return fetch(url, accept, maxBytes);
  }
}
