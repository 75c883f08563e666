package org.joysurvey.architecture;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering rules over the production classes of every module: API, platform, plugins and the
 * WAR.
 */
@AnalyzeClasses(packages = "org.joysurvey", importOptions = ProductionClassesOnly.class)
class LayeringTest {

  @ArchTest static final ArchRule noPackageCycles = LayeringRules.NO_PACKAGE_CYCLES;

  @ArchTest static final ArchRule pluginsUseOnlyTheApi = LayeringRules.PLUGINS_USE_ONLY_THE_API;

  @ArchTest
  static final ArchRule pluginsNeverUsePlatformInternals =
      LayeringRules.PLUGINS_NEVER_USE_PLATFORM_INTERNALS;

  @ArchTest static final ArchRule apiIsPlainJava = LayeringRules.API_IS_PLAIN_JAVA;

  @ArchTest
  static final ArchRule apiNeverReachesJpaJsfOrJaxRs =
      LayeringRules.API_NEVER_REACHES_JPA_JSF_OR_JAX_RS;

  @ArchTest
  static final ArchRule webUsesPlatformOnlyThroughServices =
      LayeringRules.WEB_USES_PLATFORM_ONLY_THROUGH_SERVICES;
}
