package org.tessera.shared.model.cmf;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** EQF levels 1 to 8 and their European Learning Model IRIs. */
public final class EqfLevels {

  /** IRI prefix of EQF levels; the level number follows. */
  public static final String IRI_PREFIX = "http://data.europa.eu/snb/eqf/";

  /** Framework name used for EQF alignments (docs/cmf-extension.md). */
  public static final String FRAMEWORK_NAME = "European Qualifications Framework";

  private static final Pattern IRI = Pattern.compile("https?://data\\.europa\\.eu/snb/eqf/([1-8])");
  private static final Pattern LEVEL = Pattern.compile("[1-8]");

  private EqfLevels() {}

  /** The IRI of level {@code level}; refuses levels outside 1 to 8. */
  public static String iri(int level) {
    return IRI_PREFIX + check(level);
  }

  public static int check(int level) {
    if (level < 1 || level > 8) {
      throw new IllegalArgumentException("eqfLevel: must be 1 to 8");
    }
    return level;
  }

  /**
   * Whether {@code text} is in the EQF IRI namespace ({@code http(s)://data.europa.eu/snb/eqf/}),
   * so a statement of a level, readable or not.
   */
  public static boolean inNamespace(String text) {
    return text.startsWith(IRI_PREFIX) || text.startsWith("https" + IRI_PREFIX.substring(4));
  }

  /**
   * The level named by an EQF IRI or by a bare level number ("6"), the whole text and nothing
   * around it (no whitespace, no line break); empty otherwise. The one EQF parser.
   */
  public static Optional<Integer> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher iri = IRI.matcher(text);
    if (iri.matches()) {
      return Optional.of(Integer.parseInt(iri.group(1)));
    }
    return LEVEL.matcher(text).matches() ? Optional.of(Integer.parseInt(text)) : Optional.empty();
  }
}
