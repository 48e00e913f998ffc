package org.tessera.shared.model.cmf;

import java.util.Optional;

/** Form of participation in the learning activity ({@code tcmf:participationForm}). */
public enum ParticipationForm implements CmfValue {
  ONLINE("online"),
  ONSITE("onsite"),
  BLENDED("blended");

  private final String value;

  ParticipationForm(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  public static Optional<ParticipationForm> fromValue(String value) {
    return CmfValue.fromValue(ParticipationForm.class, value);
  }
}
