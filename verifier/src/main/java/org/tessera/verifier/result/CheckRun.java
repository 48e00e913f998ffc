package org.tessera.verifier.result;

import java.util.ArrayList;
import java.util.List;

/**
 * The results of one verification that is not the OB 3.0 pipeline (OB 2.0, SD-JWT VC) as they come, in a fixed order of check ids; when a
 * check the rest depends on fails, every later id is reported skipped.
 */
public final class CheckRun {

  private final List<String> order;
  private final List<CheckResult> results = new ArrayList<>();

  public CheckRun(List<String> order) {
    this.order = List.copyOf(order);
  }

  /** Adds the next result; its id must be the next one in the order. */
  public CheckResult add(CheckResult result) {
    String expected = order.get(results.size());
    if (!expected.equals(result.id())) {
      throw new IllegalStateException("expected check " + expected + ", got " + result.id());
    }
    results.add(result);
    return result;
  }

  /** The results of a run stopped by a failed check: every later check skipped. */
  public List<CheckResult> stopped(DetailKey skipped) {
    while (results.size() < order.size()) {
      results.add(CheckResult.skipped(order.get(results.size()), skipped.with()));
    }
    return List.copyOf(results);
  }

  /** The id of the last result added. */
  public String lastId() {
    return results.get(results.size() - 1).id();
  }

  public List<CheckResult> results() {
    if (results.size() != order.size()) {
      throw new IllegalStateException("not every check ran");
    }
    return List.copyOf(results);
  }
}
