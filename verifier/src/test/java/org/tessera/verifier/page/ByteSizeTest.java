package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

  private final Messages m = new Messages();

  @Test
  void wholeMebibytes_inMiB_elseMegabytesRoundedDown() {
    assertThat(ByteSize.format(m, Lang.EN, 8L << 20)).isEqualTo("8\u00a0MiB");
    assertThat(ByteSize.format(m, Lang.EN, 1_000_000)).isEqualTo("1\u00a0MB");
    // 2,599,999 bytes: never "2.6 MB", which would promise more than is accepted.
    assertThat(ByteSize.format(m, Lang.EN, 2_599_999)).isEqualTo("2.5\u00a0MB");
    assertThat(ByteSize.format(m, Lang.DE, 2_500_000)).isEqualTo("2,5\u00a0MB");
    assertThat(ByteSize.format(m, Lang.FR, 3L << 20)).isEqualTo("3\u00a0Mio");
  }

  @Test
  void uploadLimits_textBoundedByTheInputLimitAndTheImageLimit() {
    assertThat(UploadLimits.forImages(8L << 20))
        .isEqualTo(new UploadLimits(1_000_000, 8L << 20));
    assertThat(UploadLimits.forImages(500_000)).isEqualTo(new UploadLimits(500_000, 500_000));
    assertThatThrownBy(() -> new UploadLimits(0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void form_hintInEveryLanguageNamesBothLimits() {
    UploadLimits limits = new UploadLimits(1_000_000, 4L << 20);
    for (Lang lang : Lang.values()) {
      String html = FormView.render(m, lang, java.util.Optional.empty(), limits);
      assertThat(html).as(lang.tag()).contains("1\u00a0M").contains("4\u00a0Mi");
    }
  }
}
