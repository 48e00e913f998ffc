package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LangTest {

  @Test
  void fromAcceptLanguage_qualityValues_bestSupportedWins() {
    assertThat(Lang.fromAcceptLanguage("pt-PT,de;q=0.5,nl;q=0.8")).contains(Lang.NL);
    assertThat(Lang.fromAcceptLanguage("de-AT")).contains(Lang.DE);
    assertThat(Lang.fromAcceptLanguage("fr-CA, es;q=0.9")).contains(Lang.FR);
    assertThat(Lang.fromAcceptLanguage("pt-BR, it;q=0.4, es-MX;q=0.7")).contains(Lang.ES);
    assertThat(Lang.fromAcceptLanguage("pl-PL")).contains(Lang.PL);
    assertThat(Lang.fromAcceptLanguage("pt, ja;q=0.9")).isEmpty();
    assertThat(Lang.fromAcceptLanguage("de;q=bogus")).isEmpty();
    assertThat(Lang.fromAcceptLanguage("x".repeat(600))).isEmpty();
  }

  @Test
  void resolve_prefixBeatsCookieBeatsHeader() {
    assertThat(Lang.resolve(Optional.of("de"), Optional.of("nl"), Optional.of("en")))
        .isEqualTo(Lang.DE);
    assertThat(Lang.resolve(Optional.empty(), Optional.of("nl"), Optional.of("de")))
        .isEqualTo(Lang.NL);
    assertThat(Lang.resolve(Optional.empty(), Optional.of("zz"), Optional.of("de")))
        .isEqualTo(Lang.DE);
    assertThat(Lang.resolve(Optional.empty(), Optional.empty(), Optional.empty()))
        .isEqualTo(Lang.EN);
  }
}
