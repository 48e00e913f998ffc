package org.tessera.verifier.ob2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;

/**
 * The results of one OB 2.0 verification as they come, in a fixed order of check ids; when a
 * check the rest depends on fails, every later id is reported skipped.
 */
final class CheckRun {

  private final List<String> order;
  private final List<CheckResult> results = new ArrayList<>();

  CheckRun(List<String> order) {
    this.order = List.copyOf(order);
  }

  /** Adds the next result; its id must be the next one in the order. */
  CheckResult add(CheckResult result) {
    String expected = order.get(results.size());
    if (!expected.equals(result.id())) {
      throw new IllegalStateException("expected check " + expected + ", got " + result.id());
    }
    results.add(result);
    return result;
  }

  /** The outcome of a run stopped by a failed check: nothing authenticated, the rest skipped. */
  Ob2Outcome stopped(DetailKey skipped) {
    while (results.size() < order.size()) {
      results.add(CheckResult.skipped(order.get(results.size()), skipped.with()));
    }
    return new Ob2Outcome(results, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The id of the last result added. */
  String lastId() {
    return results.get(results.size() - 1).id();
  }

  List<CheckResult> results() {
    if (results.size() != order.size()) {
      throw new IllegalStateException("not every check ran");
    }
    return List.copyOf(results);
  }
}
