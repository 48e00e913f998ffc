package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;

class ResultViewTest {

  @Test
  void render_detailArgumentWithMarkup_escapedInsideTheTranslatedSentence() {
    String name = "<img src=x onerror=alert(1)> {0} 'Uni'";
    VerificationReport report = new VerificationReport(false,
        List.of(CheckResult.passed("trust", DetailKey.TRUST_OK.with(name))), List.of(), List.of(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    String html = ResultView.render(new Messages(), Lang.DE, report, new ResultOptions(
        Optional.empty(), false, Optional.empty(), false, Instant.EPOCH));

    assertThat(html).contains("Akkreditierte Einrichtung: &lt;img src=x onerror=alert(1)&gt;"
        + " {0} &#39;Uni&#39;").doesNotContain("<img");
  }
}
