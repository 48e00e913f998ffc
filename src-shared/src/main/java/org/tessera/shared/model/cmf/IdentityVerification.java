package org.tessera.shared.model.cmf;

import java.util.Optional;

/** How the learner's identity was verified during assessment ({@code tcmf:identityVerification}). */
public enum IdentityVerification implements CmfValue {
  SUPERVISED_ONSITE("supervised-onsite"),
  SUPERVISED_ONLINE("supervised-online"),
  UNSUPERVISED_WITH_ID_VERIFICATION("unsupervised-with-id-verification"),
  NONE("none");

  private final String value;

  IdentityVerification(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  public static Optional<IdentityVerification> fromValue(String value) {
    return CmfValue.fromValue(IdentityVerification.class, value);
  }
}
