package org.tessera.shared.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Arrays;

/**
 * The ArchUnit rules every service's {@code ArchitectureTest} checks, and the classes it checks
 * them on. Published in this module's test-jar (decision 0019).
 */
public final class ServiceArchitecture {

  private ServiceArchitecture() {}

  /** The main classes of {@code packages}: test classes, this test-jar's included, left out. */
  public static JavaClasses mainClasses(String... packages) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // DO_NOT_INCLUDE_TESTS knows test-classes folders, not src-shared's packaged test-jar.
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages(packages);
  }

  /** No two packages right under {@code root} (the root package included) import each other. */
  public static ArchRule packagesFreeOfCycles(String root) {
    return slices().assignedFrom(packagesUnder(root)).should().beFreeOfCycles();
  }

  /** No class under {@code root} uses a class under {@code other}. */
  public static ArchRule neverDependsOn(String root, String other) {
    return noClasses().that().resideInAPackage(root + "..")
        .should().dependOnClassesThat().resideInAPackage(other + "..");
  }

  /**
   * Only {@code root}'s {@code http} package and {@code alsoAllowed} (whole package names; a
   * root package stands for itself alone) use Javalin.
   */
  public static ArchRule javalinOnlyInHttp(String root, String... alsoAllowed) {
    String[] allowed = Arrays.copyOf(alsoAllowed, alsoAllowed.length + 1);
    allowed[alsoAllowed.length] = root + ".http..";
    return noClasses().that().resideInAPackage(root + "..")
        .and().resideOutsideOfPackages(allowed)
        .should().dependOnClassesThat().resideInAPackage("io.javalin..");
  }

  /**
   * One slice per package right under {@code root}, and the root package itself (ArchUnit's
   * {@code (*)} slices would miss it); classes outside {@code root} are in none.
   */
  private static SliceAssignment packagesUnder(String root) {
    return new SliceAssignment() {
      @Override
      public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName();
        if (pkg.equals(root)) {
          return SliceIdentifier.of("(root)");
        }
        if (!pkg.startsWith(root + ".")) {
          return SliceIdentifier.ignore();
        }
        return SliceIdentifier.of(pkg.substring(root.length() + 1).split("\\.")[0]);
      }

      @Override
      public String getDescription() {
        return "packages of " + root;
      }
    };
  }
}
