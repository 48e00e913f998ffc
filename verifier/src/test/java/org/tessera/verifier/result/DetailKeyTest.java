package org.tessera.verifier.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tessera.verifier.pipeline.Pipeline;

class DetailKeyTest {

  @ParameterizedTest
  @EnumSource(DetailKey.class)
  void englishPattern_noQuotes_arityCountsItsArguments(DetailKey key) {
    // A quote would make MessageFormat drop text; the arity must match what the text shows.
    assertThat(key.englishPattern()).doesNotContain("'");
    for (int i = 0; i < key.arity(); i++) {
      assertThat(key.englishPattern()).contains("{" + i + "}");
    }
    assertThat(key.englishPattern()).doesNotContain("{" + key.arity() + "}");
  }

  @Test
  void messageKeys_uniqueAndEveryCheckHasOne() {
    assertThat(Arrays.stream(DetailKey.values()).map(DetailKey::messageKey))
        .doesNotHaveDuplicates().allMatch(k -> k.matches("detail\\.[a-z][A-Za-z0-9.]+"));
    for (String check : Pipeline.ORDER) {
      assertThat(DetailKey.values()).as(check)
          .anyMatch(k -> k.messageKey().startsWith("detail." + check + "."));
    }
  }

  @Test
  void english_argumentsInsertedVerbatim_notReadAsPattern() {
    String kid = "did:web:x#{1}'it''s'<b>";
    assertThat(DetailKey.SIGNATURE_OK.with(kid).english())
        .isEqualTo("signature verified with " + kid);
  }

  @Test
  void english_sameWireTextsAsBefore() {
    assertThat(DetailKey.KEY_DID_WEB_COMPROMISED_LATER.with("2026-01-01T00:00:00Z").english())
        .isEqualTo("issuer key found (did:web document); the issuer declared it compromised"
            + " from 2026-01-01T00:00:00Z, this credential is dated before");
    assertThat(DetailKey.STATUS_OK_LISTS.with("2").english())
        .isEqualTo("not revoked or suspended (2 status lists)");
    assertThat(DetailKey.SKIPPED_KEY_FAILED.with().english())
        .isEqualTo("skipped: the key check failed");
  }

  @Test
  void with_wrongNumberOfArguments_rejected() {
    assertThatThrownBy(() -> DetailKey.SIGNATURE_OK.with())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DetailKey.CLAIMS_OK.with("x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void checkResult_passedAndSkippedNeedADetailThatIsTheirMessage() {
    Detail detail = DetailKey.CLAIMS_OK.with();
    assertThat(CheckResult.passed("claims", detail).message())
        .isEqualTo("JWT claims agree with the credential");
    assertThatThrownBy(() -> new CheckResult("claims", CheckStatus.PASSED, Optional.empty(),
        "something else", Optional.of(detail))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckResult("claims", CheckStatus.SKIPPED, Optional.empty(),
        "skipped", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckResult("claims", CheckStatus.FAILED,
        Optional.of(ErrorCode.CLAIMS_MISMATCH), detail.english(), Optional.of(detail)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
