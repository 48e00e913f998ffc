package org.tessera.shared.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parseUntrusted_duplicateKeys_rejected() {
    assertThat(Json.parseUntrusted("{\"iss\":\"a\",\"iss\":\"b\"}")).isEmpty();
  }

  @Test
  void parseUntrusted_deepNesting_rejected() {
    String deep = "[".repeat(Json.MAX_NESTING_DEPTH + 5) + "]".repeat(Json.MAX_NESTING_DEPTH + 5);
    assertThat(Json.parseUntrusted(deep)).isEmpty();
  }

  @Test
  void parseUntrusted_trailingGarbage_rejected() {
    assertThat(Json.parseUntrusted("{\"a\":1} {")).isEmpty();
  }

  @Test
  void parseUntrustedObject_array_empty() {
    assertThat(Json.parseUntrustedObject("[1,2]")).isEmpty();
    assertThat(Json.parseUntrustedObject("{\"a\":[1,2]}")).isPresent();
  }
}
