package org.tessera.shared.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlTest {

  @Test
  void escape_markupAndQuotes_escaped() {
    assertThat(Html.escape("<a href=\"x\" onclick='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void escape_tabLineFeedCarriageReturn_kept() {
    assertThat(Html.escape("a\tb\nc\r\nd")).isEqualTo("a\tb\nc\r\nd");
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F',
      '\u007F', '\u0080', '\u0085', '\u009F', '\uFFFE', '\uFFFF'})
  void escape_controlOrNonCharacter_replacedNotDropped(char bad) {
    assertThat(Html.escape("java" + bad + "script")).isEqualTo("java\uFFFDscript");
  }

  @Test
  void escape_loneSurrogates_replaced_pairsKept() {
    String emoji = "\uD83C\uDF93"; // graduation cap, one code point in two chars
    assertThat(Html.escape("a" + emoji + "b")).isEqualTo("a" + emoji + "b");
    assertThat(Html.escape("a\uD83Cb")).isEqualTo("a\uFFFDb");
    assertThat(Html.escape("a\uDF93b")).isEqualTo("a\uFFFDb");
    assertThat(Html.escape("end\uD83C")).isEqualTo("end\uFFFD");
  }

  @Test
  void escape_printableNonAscii_unchanged() {
    assertThat(Html.escape("Zürich – 東京 ½ \u00A0")).isEqualTo("Zürich – 東京 ½ \u00A0");
  }
}
