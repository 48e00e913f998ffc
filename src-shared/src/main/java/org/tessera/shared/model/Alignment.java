package org.tessera.shared.model;

import java.util.Optional;
import org.tessera.shared.model.cmf.EqfLevels;

/** OB 3.0 {@code Alignment} (type {@code ["Alignment"]}), e.g. to an EQF level or ESCO skill. */
public record Alignment(
    String targetName,
    String targetUrl,
    Optional<String> targetCode,
    Optional<String> targetDescription,
    Optional<String> targetFramework,
    Optional<String> targetType) {

  public Alignment {
    Checks.text(targetName, "targetName");
    Checks.uri(targetUrl, "targetUrl");
    Checks.optionalText(targetCode, "targetCode");
    Checks.optionalText(targetDescription, "targetDescription");
    Checks.optionalText(targetFramework, "targetFramework");
    Checks.optionalText(targetType, "targetType");
  }

  /** The alignment to EQF level {@code level} (1 to 8) that the contract asks for. */
  public static Alignment eqf(int level) {
    return new Alignment("EQF level " + level, EqfLevels.iri(level),
        Optional.of(Integer.toString(level)), Optional.empty(),
        Optional.of(EqfLevels.FRAMEWORK_NAME),
        Optional.empty());
  }
}
