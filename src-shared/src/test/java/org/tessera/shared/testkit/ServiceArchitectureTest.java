package org.tessera.shared.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The rules every service's {@code ArchitectureTest} checks; it extends this class and adds its
 * own (where JDBC may be used, say).
 */
public abstract class ServiceArchitectureTest {

  private final String root;
  private final JavaClasses classes;
  private final String otherService;

  /**
   * @param classes the service's main classes, imported once ({@link
   *     ServiceArchitecture#mainClasses}) and kept in a static field of the subclass
   * @param otherService the root package of the service this one must never use
   */
  protected ServiceArchitectureTest(String root, JavaClasses classes, String otherService) {
    this.root = Objects.requireNonNull(root, "root");
    this.classes = Objects.requireNonNull(classes, "classes");
    this.otherService = Objects.requireNonNull(otherService, "otherService");
  }

  @Test
  void packages_freeOfCycles() {
    ServiceArchitecture.packagesFreeOfCycles(root).check(classes);
  }

  @Test
  void javalin_onlyInHttp() {
    ServiceArchitecture.javalinOnlyInHttp(root).check(classes);
  }

  @Test
  void neverDependsOnTheOtherService() {
    ServiceArchitecture.neverDependsOn(root, otherService).check(classes);
  }
}
