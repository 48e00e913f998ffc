package org.tessera.shared.model.cmf;

import java.util.Arrays;
import java.util.Optional;

/** Form of participation in the learning activity ({@code tcmf:participationForm}). */
public enum ParticipationForm {
  ONLINE("online"),
  ONSITE("onsite"),
  BLENDED("blended");

  private final String value;

  ParticipationForm(String value) {
    this.value = value;
  }

  /** The JSON value. */
  public String value() {
    return value;
  }

  public static Optional<ParticipationForm> fromValue(String value) {
    return Arrays.stream(values()).filter(v -> v.value.equals(value)).findFirst();
  }
}
