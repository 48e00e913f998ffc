package org.tessera.kit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Decision 0025: the kit knows no service and no credential. */
class KitArchitectureTest {

  private static final JavaClasses KIT = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.tessera.kit");

  @Test
  void kit_dependsOnNoServiceAndNoCredentialModel() {
    noClasses().that().resideInAPackage("org.tessera.kit..")
        .should().dependOnClassesThat().resideInAnyPackage("org.tessera.shared..",
            "org.tessera.issuer..", "org.tessera.verifier..", "com.nimbusds..")
        .check(KIT);
  }
}
