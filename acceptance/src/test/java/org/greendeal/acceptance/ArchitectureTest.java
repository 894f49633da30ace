package org.greendeal.acceptance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The architecture of every module, checked on their main classes: dependencies point one way
 * (model, rules, reporting, adapters, examples), the engine core and the reporting stay free of
 * frameworks, and modules' packages have no cycles. Empty rules fail (archunit.properties), so no rule here
 * passes by matching nothing.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.greendeal");

  private static final String[] FRAMEWORKS_AND_FORMATS = {
      "com.fasterxml.jackson..", "org.apache.poi..", "picocli..", "io.javalin..", "java.sql..",
      "javax.sql..", "org.jdbi..", "org.flywaydb.."};

  @Test
  void dependenciesPointFromAdaptersToTheCore() {
    ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Model").definedBy("org.greendeal.model..")
        .layer("Rules").definedBy("org.greendeal.rules..")
        .layer("Reporting").definedBy("org.greendeal.reporting..")
        .layer("Testkit").definedBy("org.greendeal.testkit..")
        .layer("IO").definedBy("org.greendeal.io..")
        .layer("Imports").definedBy("org.greendeal.imports..")
        .layer("Store").definedBy("org.greendeal.store..")
        .layer("Web").definedBy("org.greendeal.web..")
        .layer("CLI").definedBy("org.greendeal.cli..")
        .layer("Examples").definedBy("org.greendeal.examples..")
        .whereLayer("Examples").mayNotBeAccessedByAnyLayer()
        .whereLayer("CLI").mayNotBeAccessedByAnyLayer()
        .whereLayer("Testkit").mayNotBeAccessedByAnyLayer()
        .whereLayer("Web").mayOnlyBeAccessedByLayers("CLI", "Examples")
        .whereLayer("Store").mayOnlyBeAccessedByLayers("Web", "CLI", "Examples")
        .whereLayer("Imports").mayOnlyBeAccessedByLayers("Web", "CLI", "Examples")
        .whereLayer("IO").mayOnlyBeAccessedByLayers("Imports", "Store", "Web", "CLI", "Examples")
        .whereLayer("Reporting").mayOnlyBeAccessedByLayers("Web", "CLI", "Examples")
        .whereLayer("Rules").mayOnlyBeAccessedByLayers(
            "Reporting", "Testkit", "Web", "CLI", "Examples")
        .whereLayer("Model").mayOnlyBeAccessedByLayers(
            "Rules", "Reporting", "Testkit", "IO", "Imports", "Store", "Web", "CLI", "Examples")
        .because("the engine core must not know its adapters, so teams can embed it alone");
    layers.check(CLASSES);
  }

  @Test
  void theEngineCoreUsesNoFrameworkAndNoFormatLibrary() {
    noClasses().that().resideInAnyPackage("org.greendeal.model..", "org.greendeal.rules..")
        .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS_AND_FORMATS)
        .because("deal-model and deal-rules depend on nothing but Guava, Immutables and SLF4J")
        .check(CLASSES);
  }

  @Test
  void theEngineCoreDoesNoIo() {
    noClasses().that().resideInAnyPackage("org.greendeal.model..", "org.greendeal.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
        .because("judging evidence is a pure function; reading it is the adapters' job")
        .check(CLASSES);
  }

  @Test
  void reportingKnowsNoCommandLineWebOrDatabase() {
    noClasses().that().resideInAPackage("org.greendeal.reporting..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "picocli..", "io.javalin..", "java.sql..", "javax.sql..", "org.jdbi..")
        .because("reports are written to a stream they are given, for any adapter")
        .check(CLASSES);
  }

  @Test
  void theStoreKnowsNoWebNorCommandLine() {
    noClasses().that().resideInAPackage("org.greendeal.store..")
        .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "picocli..",
            "org.greendeal.web..", "org.greendeal.cli..", "org.greendeal.reporting..")
        .because("persistence serves any adapter and knows nothing of HTTP or the command line")
        .check(CLASSES);
  }

  @Test
  void theWebHostKnowsNoCommandLine() {
    noClasses().that().resideInAPackage("org.greendeal.web..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.greendeal.cli..")
        .because("the web host is started by the command line, never the other way round")
        .check(CLASSES);
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirOwnModule() {
    classes().should(useNoInternalPackageOfAnotherModule())
        .because("an internal package (org.greendeal.rules.internal) is no API: its classes may "
            + "change in any release, so only the module around it (org.greendeal.rules..) may "
            + "use them")
        .check(CLASSES);
  }

  /** A dependency on {@code a.b.internal..} is allowed only from {@code a.b} and below. */
  private static ArchCondition<JavaClass> useNoInternalPackageOfAnotherModule() {
    return new ArchCondition<>("use no internal package of another module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String target = dependency.getTargetClass().getPackageName() + ".";
          int internal = target.indexOf(".internal.");
          if (internal >= 0
              && !(origin.getPackageName() + ".").startsWith(target.substring(0, internal + 1))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  @Test
  void packagesHaveNoCycles() {
    slices().matching("org.greendeal.(*)..")
        .should().beFreeOfCycles()
        .because("a cycle would tie modules together that must be usable apart")
        .check(CLASSES);
  }
}
