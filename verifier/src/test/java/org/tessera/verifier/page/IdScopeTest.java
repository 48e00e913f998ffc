package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdScopeTest {

  @Test
  void prefixesIdsAndEveryReferenceToThem() {
    String html = "<section aria-labelledby=\"headline\"><h1 id=\"headline\">x</h1>"
        + "<label for=\"lifetime\">d</label><select id=\"lifetime\"></select>"
        + "<p aria-describedby=\"a b\">y</p><a href=\"#details\">more</a>"
        + "<a href=\"https://example.org/x#y\">out</a><details id=\"details\"></details></section>";
    assertThat(IdScope.prefix(html, "c2-")).isEqualTo(
        "<section aria-labelledby=\"c2-headline\"><h1 id=\"c2-headline\">x</h1>"
        + "<label for=\"c2-lifetime\">d</label><select id=\"c2-lifetime\"></select>"
        + "<p aria-describedby=\"c2-a c2-b\">y</p><a href=\"#c2-details\">more</a>"
        + "<a href=\"https://example.org/x#y\">out</a><details id=\"c2-details\"></details></section>");
  }

  @Test
  void escapedText_thatLooksLikeAnAttribute_isLeftAlone() {
    String html = "<p data-id=\"1\"> id=&quot;headline&quot;</p>";
    assertThat(IdScope.prefix(html, "c1-")).isEqualTo(html);
  }
}
