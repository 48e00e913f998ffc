package org.tessera.verifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The module rules of STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

  private static final String ROOT = "org.tessera.verifier";

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      // DO_NOT_INCLUDE_TESTS knows test-classes folders, not src-shared's packaged test-jar.
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages(ROOT, "org.tessera.shared");

  /** One slice per package right under the root, and the root package itself. */
  private static final SliceAssignment VERIFIER_PACKAGES = new SliceAssignment() {
    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String pkg = javaClass.getPackageName();
      if (pkg.equals(ROOT)) {
        return SliceIdentifier.of("(root)");
      }
      if (!pkg.startsWith(ROOT + ".")) {
        return SliceIdentifier.ignore();
      }
      return SliceIdentifier.of(pkg.substring(ROOT.length() + 1).split("\\.")[0]);
    }

    @Override
    public String getDescription() {
      return "packages of " + ROOT;
    }
  };

  /** The share store: its database and repository classes (nested classes included). */
  private static final DescribedPredicate<JavaClass> SHARE_STORE =
      DescribedPredicate.describe("the share store", javaClass -> {
        String name = javaClass.getName().replaceAll("\\$.*", "");
        return name.startsWith(ROOT + ".share.")
            && name.matches(".*(Database|Repository|Store)");
      });

  @Test
  void verifier_neverDependsOnIssuer() {
    noClasses().that().resideInAPackage("org.tessera.verifier..")
        .should().dependOnClassesThat().resideInAPackage("org.tessera.issuer..")
        .check(CLASSES);
  }

  @Test
  void packages_freeOfCycles() {
    slices().assignedFrom(VERIFIER_PACKAGES).should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void javalin_onlyInHttp() {
    noClasses().that().resideInAPackage("org.tessera.verifier..")
        .and().resideOutsideOfPackage("org.tessera.verifier.http..")
        .should().dependOnClassesThat().resideInAPackage("io.javalin..")
        .check(CLASSES);
  }

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
