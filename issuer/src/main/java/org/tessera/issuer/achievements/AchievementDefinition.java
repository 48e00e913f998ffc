package org.tessera.issuer.achievements;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated micro-credential definition, as the registrar submitted it. Field names follow the
 * request JSON (see docs/issuer.md); {@link AchievementDefinitionReader} is the only way in from
 * untrusted input.
 */
public record AchievementDefinition(
    String name,
    String description,
    String criteria,
    BigDecimal creditsAvailable,
    int eqfLevel,
    Optional<String> nqfLevel,
    int hours,
    List<OutcomeItem> learningOutcomes,
    Assessment assessment,
    String participationForm,
    QualityAssurance qualityAssurance,
    String identityVerification,
    Optional<String> prerequisites,
    Optional<Stackability> stackability,
    Optional<URI> furtherInformation,
    Optional<String> fieldOfStudy,
    Optional<String> inLanguage,
    List<EscoAlignment> escoAlignments,
    boolean suspension) {

  /** A learning outcome with optional ESCO skill IRIs. */
  public record OutcomeItem(String title, List<URI> relatedEscoSkills) {
    public OutcomeItem {
      Objects.requireNonNull(title, "title");
      relatedEscoSkills = List.copyOf(relatedEscoSkills);
    }
  }

  public record Assessment(List<String> methods, boolean summative,
      Optional<String> description) {
    public Assessment {
      methods = List.copyOf(methods);
      Objects.requireNonNull(description, "description");
    }
  }

  public record QualityAssurance(String qaType, String description,
      Optional<URI> accreditation) {
    public QualityAssurance {
      Objects.requireNonNull(qaType, "qaType");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(accreditation, "accreditation");
    }
  }

  public record Stackability(boolean stackable, List<String> recognitionRoutes) {
    public Stackability {
      recognitionRoutes = List.copyOf(recognitionRoutes);
    }
  }

  /** An alignment to an ESCO skill or occupation. */
  public record EscoAlignment(String targetName, URI targetUrl) {
    public EscoAlignment {
      Objects.requireNonNull(targetName, "targetName");
      Objects.requireNonNull(targetUrl, "targetUrl");
    }
  }

  public AchievementDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(creditsAvailable, "creditsAvailable");
    Objects.requireNonNull(nqfLevel, "nqfLevel");
    learningOutcomes = List.copyOf(learningOutcomes);
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(participationForm, "participationForm");
    Objects.requireNonNull(qualityAssurance, "qualityAssurance");
    Objects.requireNonNull(identityVerification, "identityVerification");
    Objects.requireNonNull(prerequisites, "prerequisites");
    Objects.requireNonNull(stackability, "stackability");
    Objects.requireNonNull(furtherInformation, "furtherInformation");
    Objects.requireNonNull(fieldOfStudy, "fieldOfStudy");
    Objects.requireNonNull(inLanguage, "inLanguage");
    escoAlignments = List.copyOf(escoAlignments);
    if (eqfLevel < 1 || eqfLevel > 8) {
      throw new IllegalArgumentException("eqfLevel must be 1..8");
    }
    if (learningOutcomes.isEmpty()) {
      throw new IllegalArgumentException("at least one learning outcome");
    }
  }
}
