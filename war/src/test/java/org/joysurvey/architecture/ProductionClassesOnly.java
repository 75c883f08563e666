package org.joysurvey.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Production classes of every module: not the test classes of this module (ArchUnit's own option)
 * and not those of the test jars the WAR's tests use (the platform's {@code -tests.jar}), which
 * ArchUnit's option does not recognise.
 */
public final class ProductionClassesOnly implements ImportOption {

  private static final ImportOption NOT_TEST_DIRECTORIES = new DoNotIncludeTests();

  @Override
  public boolean includes(Location location) {
    return NOT_TEST_DIRECTORIES.includes(location) && !location.contains("-tests.jar");
  }
}
