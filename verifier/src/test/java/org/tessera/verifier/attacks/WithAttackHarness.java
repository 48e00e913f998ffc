package org.tessera.verifier.attacks;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** One {@link AttackHarness} per test class, and the vectors it runs ({@code vectors()}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WithAttackHarness {

  AttackHarness harness;

  @BeforeAll
  void startHarness() {
    harness = new AttackHarness();
  }

  @AfterAll
  void stopHarness() {
    harness.close();
  }

  static List<AttackVector> vectors() {
    return AttackVector.all();
  }
}
