package org.tessera.verifier.ops;

/** Receives cache hits and misses (for metrics); {@link #NONE} ignores them. */
public interface CacheEvents {

  String STATUS_LIST = "status_list";
  String DID_DOCUMENT = "did_document";

  CacheEvents NONE = (cache, hit) -> { };

  void lookup(String cache, boolean hit);
}
