package org.tessera.issuer;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.tessera.shared.testkit.ServiceArchitecture;
import org.tessera.shared.testkit.ServiceArchitectureTest;

/** The module rules of STYLE.md and docs/architecture.md, checked on the compiled classes. */
class ArchitectureTest extends ServiceArchitectureTest {

  private static final String ROOT = "org.tessera.issuer";

  private static final JavaClasses CLASSES = ServiceArchitecture.mainClasses(ROOT);

  ArchitectureTest() {
    super(ROOT, CLASSES, "org.tessera.verifier");
  }

  /**
   * Where SQL runs: the store package (pool, dialect) and each feature's repositories (nested
   * classes included).
   */
  private static final DescribedPredicate<JavaClass> STORE_OR_REPOSITORY =
      DescribedPredicate.describe("the store package or a repository", javaClass -> {
        String name = javaClass.getName().replaceAll("\\$.*", "");
        return javaClass.getPackageName().equals(ROOT + ".store")
            || name.endsWith("Repository");
      });

  /**
   * JDBC beyond the transaction handle: a service may hold the {@link Connection} that
   * {@code Database} hands its work and pass it to repositories (and see the
   * {@link SQLException} that work declares), never prepare a statement or read a result.
   */
  private static final DescribedPredicate<JavaClass> JDBC_BEYOND_THE_HANDLE =
      resideInAnyPackage("java.sql..", "javax.sql..")
          .and(not(equivalentTo(Connection.class).or(equivalentTo(SQLException.class))))
          .as("are JDBC types other than Connection and SQLException");

  @Test
  void jdbc_onlyInRepositoriesAndTheStore() {
    noClasses().that().resideInAPackage(ROOT + "..").and(not(STORE_OR_REPOSITORY))
        .should().dependOnClassesThat(JDBC_BEYOND_THE_HANDLE)
        .check(CLASSES);
  }

  @Test
  void connection_onlyPassedOn_outsideRepositoriesAndTheStore() {
    noClasses().that().resideInAPackage(ROOT + "..").and(not(STORE_OR_REPOSITORY))
        .should().accessClassesThat().areAssignableTo(Connection.class)
        .check(CLASSES);
  }

  @Test
  void httpPackage_doesNotUseNimbusDirectly() {
    noClasses().that().resideInAPackage(ROOT + ".http..")
        .should().dependOnClassesThat().resideInAPackage("com.nimbusds..")
        .check(CLASSES);
  }
}
