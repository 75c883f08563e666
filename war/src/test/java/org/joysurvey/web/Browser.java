package org.joysurvey.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium driven by Debian's chromedriver: both come from apt-get (see .ci/run),
 * so Selenium never downloads a browser or a driver.
 */
final class Browser {

  private Browser() {}

  static ChromeDriver start() {
    String driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    String chromium = firstExisting("/usr/bin/chromium", "/usr/lib/chromium/chromium");
    Path profile;
    try {
      profile = Files.createTempDirectory("joy-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=412,900",
        "--user-data-dir=" + profile);
    // the console is kept for tests that read it (ContentSecurityPolicyIT: "Refused to ...")
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(driver).toFile())
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static String firstExisting(String... paths) {
    for (String p : paths) {
      if (Files.isExecutable(Path.of(p))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "Neither of "
            + String.join(", ", paths)
            + " exists: install Debian's chromium and chromium-driver (apt-get install chromium"
            + " chromium-driver)");
  }
}
