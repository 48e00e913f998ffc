package org.tessera.benchmarks;

/** Guards run once per fork: a benchmark that measured a rejection path would report nonsense. */
final class Checks {

  private Checks() {}

  static void require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark fixture broken: expected " + what);
    }
  }
}
