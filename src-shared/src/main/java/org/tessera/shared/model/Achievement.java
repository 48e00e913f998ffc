package org.tessera.shared.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tessera.shared.model.cmf.MicroCredentialProfile;

/**
 * OB 3.0 {@code Achievement}: what the credential certifies. Tessera's CMF extension rides on it
 * as {@code microCredential}; credentials of other issuers may not have it.
 */
public record Achievement(
    String id,
    List<String> type,
    String achievementType,
    String name,
    String description,
    Criteria criteria,
    Optional<Double> creditsAvailable,
    List<Alignment> alignment,
    Optional<String> inLanguage,
    Optional<String> fieldOfStudy,
    Optional<Profile> creator,
    List<ResultDescription> resultDescription,
    Optional<Image> image,
    Optional<MicroCredentialProfile> microCredential) {

  public static final List<String> TYPE = List.of("Achievement");
  public static final String MICRO_CREDENTIAL = "MicroCredential";

  // BCP 47 as the OB 3.0 schema constrains it, without the rarely used extensions.
  private static final Pattern LANGUAGE = Pattern.compile(
      "[a-z]{2,4}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?");

  public Achievement {
    Checks.uri(id, "id");
    type = Checks.types(type, "Achievement", "type");
    Checks.text(achievementType, "achievementType");
    Checks.text(name, "name");
    Checks.text(description, "description");
    Checks.present(criteria, "criteria");
    Checks.present(creditsAvailable, "creditsAvailable").ifPresent(credits -> {
      if (!Double.isFinite(credits) || credits < 0) {
        throw new IllegalArgumentException("creditsAvailable: must be a non-negative number");
      }
    });
    alignment = Checks.list(alignment, "alignment");
    Checks.optionalText(inLanguage, "inLanguage").ifPresent(language -> {
      if (!LANGUAGE.matcher(language).matches()) {
        throw new IllegalArgumentException("inLanguage: must be a BCP 47 language code");
      }
    });
    Checks.optionalText(fieldOfStudy, "fieldOfStudy");
    Checks.present(creator, "creator");
    resultDescription = Checks.list(resultDescription, "resultDescription");
    Checks.present(image, "image");
    Checks.present(microCredential, "microCredential");
  }
}
