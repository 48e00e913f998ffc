package org.tessera.shared.model.cmf;

import org.tessera.shared.model.Checks;

/** Credit points in a credit framework ({@code elm:creditPoint}); ECTS for the CMF. */
public record CreditPoint(String framework, double point) {

  public static final String TYPE = "CreditPoint";

  /** The ELM IRI of the European Credit Transfer and Accumulation System. */
  public static final String ECTS_FRAMEWORK =
      "http://data.europa.eu/snb/education-credit/6fcec5c5af";

  public CreditPoint {
    Checks.uri(framework, "framework");
    if (!Double.isFinite(point) || point < 0) {
      throw new IllegalArgumentException("point: must be a non-negative number");
    }
  }

  public static CreditPoint ects(double point) {
    return new CreditPoint(ECTS_FRAMEWORK, point);
  }

  public boolean isEcts() {
    return ECTS_FRAMEWORK.equals(framework);
  }
}
