package org.tessera.shared.model.cmf;

import java.util.Optional;
import org.tessera.shared.model.Checks;

/** Type of quality assurance, its description and optionally the accreditation IRI. */
public record QualityAssurance(QaType qaType, String description, Optional<String> accreditation) {

  public static final String TYPE = "QualityAssurance";

  public QualityAssurance {
    Checks.present(qaType, "qaType");
    Checks.text(description, "description");
    Checks.optionalUri(accreditation, "accreditation");
  }
}
