package org.joysurvey.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.joysurvey.spi.PlatformInternal;

/**
 * The layering of the code base as rules, checked by {@link LayeringTest} over every module's
 * classes and shown to catch a deliberate violation by {@link LayeringRulesCatchViolationsTest}.
 * docs/architecture.md explains each one.
 */
final class LayeringRules {

  static final String API = "org.joysurvey.spi..";
  static final String STATISTICS = "org.joysurvey.statistics..";
  static final String PLUGINS = "org.joysurvey.instruments..";
  static final String WEB = "org.joysurvey.web..";

  /** Each package of ours is a slice: no package may depend, however indirectly, on itself. */
  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .matching("org.joysurvey.(**)")
          .should()
          .beFreeOfCycles()
          .because(
              "a package cycle makes the layers one lump that can only be understood and changed"
                  + " whole");

  /**
   * A plugin sees the instrument API, Commons Math and the JDK, nothing of the platform that hosts
   * it.
   */
  static final ArchRule PLUGINS_USE_ONLY_THE_API =
      classes()
          .that()
          .resideInAPackage(PLUGINS)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(API, STATISTICS, PLUGINS, "org.apache.commons.math3..", "java..")
          .because(
              "plugins compile against instrument-api alone, and the platform behind it may"
                  + " change");

  /**
   * Types of the API that exist only so the platform can hand data over without copying are not for
   * plugins.
   */
  static final ArchRule PLUGINS_NEVER_USE_PLATFORM_INTERNALS =
      noClasses()
          .that()
          .resideInAPackage(PLUGINS)
          .should()
          .dependOnClassesThat()
          .areAnnotatedWith(PlatformInternal.class)
          .because("@PlatformInternal types may change in any release (spi/package-info.java)");

  /** The API is plain Java: no Jakarta EE type, and nothing of the platform's own packages. */
  static final ArchRule API_IS_PLAIN_JAVA =
      classes()
          .that()
          .resideInAnyPackage(API, STATISTICS)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(API, STATISTICS, "org.apache.commons.math3..", "java..")
          .because(
              "instrument-api depends on Commons Math alone, so a plugin can be built and tested"
                  + " anywhere");

  /**
   * Named on its own because it is the promise the plugin guide makes: the SPI never sees JPA, JSF
   * or JAX-RS.
   */
  static final ArchRule API_NEVER_REACHES_JPA_JSF_OR_JAX_RS =
      noClasses()
          .that()
          .resideInAPackage(API)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.persistence..", "jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
          .because(
              "plugins describe items, scoring and figures as data; the platform renders and stores"
                  + " them");

  /**
   * The web layer reaches the platform only through its services and the values they take and give:
   * never through storage (JPA entities and JDBC), the report engine or the platform's start-up.
   */
  static final ArchRule WEB_USES_PLATFORM_ONLY_THROUGH_SERVICES =
      noClasses()
          .that()
          .resideInAPackage(WEB)
          .should()
          .dependOnClassesThat(platformInternals())
          .orShould()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.persistence..", "java.sql..", "javax.sql..", "org.joysurvey.persistence..")
          .because(
              "the services own transactions, validation and the audit; a page or resource that"
                  + " went round them would skip all three");

  private LayeringRules() {}

  /** Platform classes that are neither services nor values a service takes or gives. */
  private static DescribedPredicate<JavaClass> platformInternals() {
    return describe(
        "platform classes that are not services or values (entities, stores, engines)",
        c ->
            c.getPackageName().startsWith("org.joysurvey.")
                && !c.getPackageName().startsWith("org.joysurvey.web")
                && !c.getPackageName().startsWith("org.joysurvey.spi")
                && !c.getPackageName().startsWith("org.joysurvey.statistics")
                && (c.isAnnotatedWith("jakarta.persistence.Entity")
                    || c.getSimpleName().endsWith("Store")
                    || c.getSimpleName().equals("ReportEngine")
                    || c.getSimpleName().equals("Bootstrap")));
  }
}
