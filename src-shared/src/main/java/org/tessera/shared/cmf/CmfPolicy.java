package org.tessera.shared.cmf;

/**
 * Thresholds that make a micro-credential conformant to a framework. Ranges are inclusive.
 * {@link #EU_CMF} is the Common Microcredential Framework; other frameworks are other instances.
 */
public record CmfPolicy(
    double minHours,
    double maxHours,
    double minEcts,
    double maxEcts,
    int minEqf,
    int maxEqf,
    boolean requireSummativeAssessment,
    boolean requireIdentityVerification) {

  /** CMF: 100 to 150 hours, 4 to 6 ECTS, EQF 5 to 8, summative assessment, verified identity. */
  public static final CmfPolicy EU_CMF = new CmfPolicy(100, 150, 4, 6, 5, 8, true, true);

  public CmfPolicy {
    range(minHours, maxHours, "hours");
    range(minEcts, maxEcts, "ECTS");
    if (minEqf < 1 || maxEqf > 8 || minEqf > maxEqf) {
      throw new IllegalArgumentException("EQF range must lie within 1 to 8");
    }
  }

  private static void range(double min, double max, String what) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min < 0 || min > max) {
      throw new IllegalArgumentException(what + " range must be finite, non-negative, min <= max");
    }
  }
}
