package org.tessera.verifier.status;

/**
 * How fresh a status list must be for one verification. A person looking at a page must see a
 * revocation within seconds; a bulk caller may trust the cache for the list's whole {@code ttl}.
 */
public enum StatusFreshness {

  /** A cached list is used until its {@code ttl} ends (the API, the CLI, share creation). */
  CACHED,

  /**
   * A cached list is revalidated with the issuer first, by a conditional request
   * ({@code If-None-Match} with the stored ETag): a 304 keeps it, a new list replaces it, and a
   * failed revalidation makes the list unavailable (the page says so rather than show stale news).
   */
  REVALIDATED
}
