package org.tessera.shared.model.cmf;

import java.util.List;
import org.tessera.shared.model.Checks;

/** A learning outcome ({@code elm:learningOutcome}), optionally linked to ESCO skill IRIs. */
public record LearningOutcome(String title, List<String> relatedEscoSkill) {

  public LearningOutcome {
    Checks.text(title, "title");
    relatedEscoSkill = Checks.list(relatedEscoSkill, "relatedESCOSkill");
    relatedEscoSkill.forEach(skill -> Checks.uri(skill, "relatedESCOSkill"));
  }

  public static LearningOutcome of(String title) {
    return new LearningOutcome(title, List.of());
  }
}
