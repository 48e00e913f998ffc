package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tessera.shared.cmf.CmfReasonCode;
import org.tessera.verifier.pipeline.ErrorCode;
import org.tessera.verifier.pipeline.Pipeline;

class MessagesTest {

  private final Messages messages = new Messages();

  @Test
  void german_everyEnglishKey_translated() {
    assertThat(messages.keys()).allSatisfy(key ->
        assertThat(messages.has(Lang.DE, key)).as(key).isTrue());
  }

  @Test
  void everyErrorCodeAndCheck_hasPlainWordsInEnglishAndGerman() {
    for (ErrorCode code : ErrorCode.values()) {
      assertThat(messages.has(Lang.EN, "reason." + code.name())).as(code.name()).isTrue();
      assertThat(messages.has(Lang.DE, "reason." + code.name())).as(code.name()).isTrue();
    }
    for (CmfReasonCode code : CmfReasonCode.values()) {
      assertThat(messages.has(Lang.EN, "cmf.reason." + code.name())).as(code.name()).isTrue();
    }
    for (String check : Pipeline.ORDER) {
      assertThat(messages.has(Lang.EN, "check." + check)).as(check).isTrue();
    }
  }

  @Test
  void dutch_everyVerdict_translated() {
    for (Verdict.Kind kind : Verdict.Kind.values()) {
      assertThat(messages.has(Lang.NL, "verdict." + kind.id())).as(kind.id()).isTrue();
    }
  }

  @Test
  void get_missingTranslation_fallsBackToEnglish() {
    assertThat(messages.get(Lang.NL, "share.copy")).isEqualTo(messages.get(Lang.EN, "share.copy"));
  }

  @Test
  void get_withArguments_formatsPerLanguage() {
    assertThat(messages.get(Lang.EN, "actions.share.days", 1)).isEqualTo("1 day");
    assertThat(messages.get(Lang.DE, "actions.share.days", 30)).isEqualTo("30 Tage");
  }
}
