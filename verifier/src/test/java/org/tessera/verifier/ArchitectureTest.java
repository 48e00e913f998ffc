package org.tessera.verifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // DO_NOT_INCLUDE_TESTS knows test-classes folders, not src-shared's packaged test-jar.
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("org.tessera.verifier", "org.tessera.shared");

  @Test
  void verifier_neverDependsOnIssuer() {
    noClasses().that().resideInAPackage("org.tessera.verifier..")
        .should().dependOnClassesThat().resideInAPackage("org.tessera.issuer..")
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
