package org.tessera.verifier.ops;

/**
 * Receives the outcome of each trust-list refresh (for metrics and alerts); {@link #NONE}
 * ignores them. {@code result} is {@code ok}, {@code UNREADABLE} or a refusal code of the
 * trust-list reader ({@code ROLLBACK}, {@code BAD_SIGNATURE}, {@code EXPIRED}, …): never a URL.
 */
public interface TrustListEvents {

  String OK = "ok";
  String UNREADABLE = "UNREADABLE";

  TrustListEvents NONE = result -> { };

  void refreshed(String result);
}
