package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.testkit.Fixture;

/**
 * One fixture per test class for the checks that read only the credential document (JSON-LD,
 * schema), and the case they all share: the fixture's template credential passes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DocumentCheckTestBase {

  final Fixture fixture = new Fixture();
  private final Function<ObjectNode, CheckResult> check;

  DocumentCheckTestBase(Function<ObjectNode, CheckResult> check) {
    this.check = check;
  }

  /** Runs the check under test. */
  CheckResult run(ObjectNode credential) {
    return check.apply(credential);
  }

  /** Runs the check on the template credential changed by {@code edit}. */
  CheckResult runEdited(Consumer<ObjectNode> edit) {
    ObjectNode credential = fixture.credential();
    edit.accept(credential);
    return run(credential);
  }

  @AfterAll
  void closeFixture() {
    fixture.close();
  }

  @Test
  void run_templateCredential_passes() {
    assertThat(run(fixture.credential()).isPassed()).isTrue();
  }
}
