package org.tessera.verifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.tessera.shared.testkit.ServiceArchitecture;
import org.tessera.shared.testkit.ServiceArchitectureTest;

/** The module rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest extends ServiceArchitectureTest {

  private static final String ROOT = "org.tessera.verifier";

  private static final JavaClasses CLASSES = ServiceArchitecture.mainClasses(ROOT, "org.tessera.shared");

  ArchitectureTest() {
    super(ROOT, CLASSES, "org.tessera.issuer");
  }

  /** The share store: its database and repository classes (nested classes included). */
  private static final DescribedPredicate<JavaClass> SHARE_STORE =
      DescribedPredicate.describe("the share store", javaClass -> {
        String name = javaClass.getName().replaceAll("\\$.*", "");
        return name.startsWith(ROOT + ".share.")
            && name.matches(".*(Database|Repository|Store)");
      });

  @Test
  void jdbc_onlyInTheShareStore() {
    noClasses().that().resideInAPackage("org.tessera.verifier..")
        .and(DescribedPredicate.not(SHARE_STORE))
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
        .check(CLASSES);
  }

  @Test
  void shared_usesNeitherJavalinNorJdbc() {
    noClasses().that().resideInAPackage("org.tessera.shared..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "java.sql..",
            "javax.sql..")
        .check(CLASSES);
  }

  @Test
  void httpPackages_doNotUseNimbusDirectly() {
    noClasses().that().resideInAPackage("org.tessera.verifier.http..")
        .should().dependOnClassesThat().resideInAPackage("com.nimbusds..")
        .check(CLASSES);
  }
}
