package org.tessera.shared.model.cmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CmfValuesTest {

  @Test
  void eqfParse_iriOrBareLevel_level() {
    assertThat(EqfLevels.parse("http://data.europa.eu/snb/eqf/6")).contains(6);
    assertThat(EqfLevels.parse("https://data.europa.eu/snb/eqf/8")).contains(8);
    assertThat(EqfLevels.parse("5")).contains(5);
  }

  @Test
  void eqfParse_outsideOneToEight_empty() {
    assertThat(EqfLevels.parse("http://data.europa.eu/snb/eqf/9")).isEmpty();
    assertThat(EqfLevels.parse("0")).isEmpty();
    assertThat(EqfLevels.parse("06")).isEmpty();
    assertThat(EqfLevels.parse(null)).isEmpty();
  }

  @Test
  void parsePositive_hoursAndDays_durations() {
    assertThat(IsoDurations.parsePositive("PT125H")).contains(Duration.ofHours(125));
    assertThat(IsoDurations.parsePositive("P5D").map(IsoDurations::hours)).contains(120.0);
    assertThat(IsoDurations.parsePositive("PT90H30M").map(IsoDurations::hours)).contains(90.5);
  }

  @Test
  void parsePositive_monthsNegativeOverlongOrGarbage_empty() {
    assertThat(IsoDurations.parsePositive("P1M")).isEmpty();
    assertThat(IsoDurations.parsePositive("-PT1H")).isEmpty();
    assertThat(IsoDurations.parsePositive("PT" + "9".repeat(40) + "H")).isEmpty();
    assertThat(IsoDurations.parsePositive("PT99999999999999999H")).isEmpty();
    assertThat(IsoDurations.parsePositive(null)).isEmpty();
  }

  @Test
  void enums_jsonValues_roundTrip() {
    assertThat(IdentityVerification.fromValue("unsupervised-with-id-verification"))
        .contains(IdentityVerification.UNSUPERVISED_WITH_ID_VERIFICATION);
    assertThat(QaType.INTERNAL_AND_EXTERNAL.value()).isEqualTo("internal-and-external");
    assertThat(ParticipationForm.fromValue("Online")).isEmpty();
    assertThat(ParticipationForm.fromValue("online")).contains(ParticipationForm.ONLINE);
  }
}
