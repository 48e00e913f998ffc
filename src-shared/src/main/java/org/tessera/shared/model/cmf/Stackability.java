package org.tessera.shared.model.cmf;

import java.util.List;
import org.tessera.shared.model.Checks;

/** Whether the micro-credential stacks into larger ones, and the recognition routes. */
public record Stackability(boolean stackable, List<String> recognitionRoutes) {

  public Stackability {
    recognitionRoutes = Checks.texts(recognitionRoutes, "recognitionRoutes");
  }
}
