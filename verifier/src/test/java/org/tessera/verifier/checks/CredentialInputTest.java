package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.shared.json.Json;

class CredentialInputTest {

  /** The regular expression the character loop replaced; kept here as the oracle. */
  private static final Pattern PREVIOUS =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

  @ParameterizedTest
  @ValueSource(strings = {"a.b.c", "a.b.", "AZaz09-_.-_.x", "eyJh.eyJi.sig_-"})
  void isCompactJws_threeBase64UrlSegments_accepted(String text) {
    assertThat(CredentialInput.isCompactJws(text)).isTrue();
    assertThat(CredentialInput.compactJwt(text)).contains(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "a..c", ".b.c", "a.b", "a.b.c.d", "a.b.c.", "a.b=.c",
      "a.b.c=", "a+b.c.d", "a/b.c.d", "a b.c.d", "a.b.\u00e9", "a.\uff21.c", "a.b\n.c", "abc"})
  void isCompactJws_otherText_rejected(String text) {
    assertThat(CredentialInput.isCompactJws(text)).isFalse();
    assertThat(CredentialInput.compactJwt(text)).isEmpty();
  }

  @Test
  void compactJwt_surroundingWhitespace_stripped() {
    assertThat(CredentialInput.isCompactJws("a.b.c\n")).isFalse();
    assertThat(CredentialInput.compactJwt("  a.b.c\n")).contains("a.b.c");
  }

  @Test
  void compactJwt_atSizeLimit_acceptedAndOneMoreRejected() {
    String atLimit = "a.b." + "c".repeat(CredentialInput.MAX_INPUT_CHARS - 4);
    assertThat(CredentialInput.compactJwt(atLimit)).contains(atLimit);
    assertThat(CredentialInput.compactJwt(atLimit + "c")).isEmpty();
  }

  @Test
  void fromJson_envelopedIdOverLimit_rejected() {
    String tooLong = "a.b." + "c".repeat(CredentialInput.MAX_INPUT_CHARS);
    assertThat(CredentialInput.fromJson(
        Json.mapper().getNodeFactory().textNode(tooLong))).isEmpty();
  }

  @Test
  void isCompactJws_randomShortStrings_agreeWithPreviousRegex() {
    char[] alphabet = {'a', 'Z', '9', '-', '_', '.', '.', '=', '+', '/', ' ', '\u00e9'};
    Random random = new Random(20261128L);
    for (int n = 0; n < 50_000; n++) {
      char[] chars = new char[random.nextInt(9)];
      for (int i = 0; i < chars.length; i++) {
        chars[i] = alphabet[random.nextInt(alphabet.length)];
      }
      String text = new String(chars);
      assertThat(CredentialInput.isCompactJws(text))
          .as("'%s'", text).isEqualTo(PREVIOUS.matcher(text).matches());
    }
  }
}
