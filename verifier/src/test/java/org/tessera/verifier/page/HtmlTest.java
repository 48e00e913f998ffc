package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void esc_markupAndQuotes_escaped() {
    assertThat(Html.esc("<a href=\"x\" onclick='y'>&</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  }

  @Test
  void esc_controlCharacters_replaced() {
    assertThat(Html.esc("a\u0000b\nc")).isEqualTo("a\uFFFDb\nc");
  }
}
