package org.tessera.shared.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EcmaPatternsTest {

  private final EcmaPatterns patterns = new EcmaPatterns();

  @Test
  void toJava_dollarAndDotOutsideClassesOnly_escapesKept() {
    assertThat(EcmaPatterns.toJava("^a.b$")).isEqualTo("^a[^\\n\\r\\u2028\\u2029]b\\z");
    assertThat(EcmaPatterns.toJava("^[.$]\\$\\.$")).isEqualTo("^[.$]\\$\\.\\z");
    assertThat(EcmaPatterns.toJava("^P(?!$)")).isEqualTo("^P(?!\\z)");
  }

  @Test
  void matches_endAnchor_onlyAtTheEndOfInput() {
    assertThat(patterns.getRegularExpression("^[A-Z]{2}$").matches("NL")).isTrue();
    assertThat(patterns.getRegularExpression("^[A-Z]{2}$").matches("NL\n")).isFalse();
    assertThat(patterns.getRegularExpression("(ext:)[a-z]+").matches("x ext:abc y")).isTrue();
  }

  @Test
  void matches_dot_refusesEcmaLineTerminatorsOnly() {
    assertThat(patterns.getRegularExpression("^a.b$").matches("a\u0085b")).isTrue();
    assertThat(patterns.getRegularExpression("^a.b$").matches("a\u2028b")).isFalse();
  }
}
