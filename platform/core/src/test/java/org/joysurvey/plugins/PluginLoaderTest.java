package org.joysurvey.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.joysurvey.spi.Instrument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginLoaderTest {

  private static final String FIXTURES = PluginFixtures.class.getName() + "$";

  @TempDir static Path shared;
  @TempDir Path dir;

  private static Path compiled;
  private static Level savedLevel;
  private final List<URLClassLoader> loaders = new java.util.ArrayList<>();

  private static final String GOOD_ITEMS = "return List.of(Item.yesNo(\"uses\", \"Do you?\"));";

  /** Source of an external instrument class {@code ext.<name>} with this id and these items. */
  private static String source(String name, String id, String constructorBody, String itemsBody) {
    // a backslash at the end of a line continues it: the source has no line break there
    return """
        package ext;
        import java.util.List;
        import org.joysurvey.spi.*;
        public class %s implements Instrument {
          public %s() { %s }
          public InstrumentMetadata metadata() { \
        return new InstrumentMetadata("%s", "3.0", "External %s", null, null); }
          public List<Item> items() { %s }
          public DerivedVariables score(Answers answers, Settings settings) { \
        return DerivedVariables.NONE; }
          public SectionBuilder newReport(ReportContext context) {
            return new SectionBuilder() {
              public void accept(ScoredResponse response) {}
              public ReportSection build() { return ReportSection.builder("%s").build(); }
            };
          }
        }
        """
        .formatted(name, name, constructorBody, id, id, itemsBody, id);
  }

  @BeforeAll
  static void compileExternalPlugins() throws IOException {
    Logger log = Logger.getLogger(PluginLoader.class.getName());
    savedLevel = log.getLevel();
    log.setLevel(
        Level.OFF); // the loader logs every skipped plugin; these tests skip many on purpose
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("ext.GoodExternal", source("GoodExternal", "ext-good", "", GOOD_ITEMS));
    sources.put("ext.SecondExternal", source("SecondExternal", "ext-second", "", GOOD_ITEMS));
    sources.put("ext.DuplicateExternal", source("DuplicateExternal", "ext-good", "", GOOD_ITEMS));
    sources.put(
        "ext.SameIdAsAppExternal", source("SameIdAsAppExternal", "fixture-good", "", GOOD_ITEMS));
    sources.put(
        "ext.ConstructorThrowsExternal",
        source(
            "ConstructorThrowsExternal",
            "ext-ctor",
            "if (true) throw new IllegalStateException(\"external constructor boom\");",
            GOOD_ITEMS));
    sources.put(
        "ext.ItemsThrowExternal",
        source(
            "ItemsThrowExternal",
            "ext-items",
            "",
            "throw new UnsupportedOperationException(\"external items boom\");"));
    sources.put(
        "ext.BadShownIfExternal",
        source(
            "BadShownIfExternal",
            "ext-shown-if",
            "",
            "return List.of(Item.yesNo(\"uses\", \"Do you?\"),"
                + " Item.text(\"why\", \"Why?\").shownIf(\"missing\", \"yes\"));"));
    compiled = TestJars.compile(shared.resolve("compile"), sources);
  }

  @AfterAll
  static void restoreLogs() {
    Logger.getLogger(PluginLoader.class.getName()).setLevel(savedLevel);
  }

  @AfterEach
  void closeLoaders() throws IOException {
    for (URLClassLoader loader : loaders) {
      loader.close();
    }
  }

  /**
   * An application class loader that sees the test classes and a services file naming {@code
   * providers}.
   */
  private ClassLoader appLoader(String... providers) throws IOException {
    Path jar = TestJars.servicesOnly(dir.resolve("app"), "app.jar", providers);
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {jar.toUri().toURL()}, PluginLoaderTest.class.getClassLoader());
    loaders.add(loader);
    return loader;
  }

  private Path externalJar(String jarName, String... classes) throws IOException {
    return TestJars.jar(dir.resolve("plugins"), jarName, compiled, List.of(classes), classes);
  }

  private static FailedPlugin failure(PluginInventory inventory, String provider) {
    return inventory.failed().stream()
        .filter(f -> f.provider().equals(provider))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(provider + " is not among the failed: " + inventory.failed()));
  }

  private static List<String> ids(PluginInventory inventory) {
    return inventory.installed().stream().map(LoadedInstrument::id).toList();
  }

  // ---- the application's own plugins ----

  @Test
  void goodPluginFromTheAppClassLoaderIsInstalled() throws IOException {
    PluginInventory inventory = PluginLoader.load(appLoader(FIXTURES + "Good"), null);
    assertEquals(List.of("fixture-good"), ids(inventory));
    assertEquals(List.of(), inventory.failed());
    assertTrue(
        inventory.find("fixture-good").orElseThrow().instrument() instanceof PluginFixtures.Good);
    assertTrue(inventory.find("nope").isEmpty());
  }

  @Test
  void noServicesFileMeansNoPlugins() {
    PluginInventory inventory = PluginLoader.load(PluginLoaderTest.class.getClassLoader(), null);
    assertEquals(List.of(), inventory.installed());
    assertEquals(List.of(), inventory.failed());
  }

  @Test
  void brokenAppPluginsAreReportedWithReasonsAndGoodOnesStillLoad() throws IOException {
    PluginInventory inventory =
        PluginLoader.load(
            appLoader(
                FIXTURES + "ThrowingConstructor",
                FIXTURES + "Good",
                FIXTURES + "ThrowingItems",
                FIXTURES + "ShownIfUnknownItem",
                FIXTURES + "OtherGood",
                FIXTURES + "ShownIfUnknownOption"),
            null);
    assertEquals(List.of("fixture-good", "fixture-other"), ids(inventory));
    assertEquals(4, inventory.failed().size(), inventory.failed()::toString);

    FailedPlugin constructor = failure(inventory, FIXTURES + "ThrowingConstructor");
    assertTrue(constructor.reason().contains("constructor boom"), constructor.reason());
    assertNull(constructor.id());

    FailedPlugin items = failure(inventory, FIXTURES + "ThrowingItems");
    assertTrue(items.reason().contains("items boom"), items.reason());
    assertEquals("fixture-items", items.id());

    FailedPlugin shownIfItem = failure(inventory, FIXTURES + "ShownIfUnknownItem");
    assertTrue(shownIfItem.reason().contains("nope"), shownIfItem.reason());
    assertEquals("fixture-shown-if-item", shownIfItem.id());

    FailedPlugin shownIfOption = failure(inventory, FIXTURES + "ShownIfUnknownOption");
    assertTrue(shownIfOption.reason().contains("maybe"), shownIfOption.reason());
  }

  @Test
  void inconsistentDeclarationsAreReported() throws IOException {
    PluginInventory inventory =
        PluginLoader.load(
            appLoader(
                FIXTURES + "ShownIfItself",
                FIXTURES + "DuplicateItemCode",
                FIXTURES + "NoItems",
                FIXTURES + "BadSettingDefault",
                FIXTURES + "DuplicateSetting",
                FIXTURES + "ThrowingMetadata",
                FIXTURES + "InvalidId",
                FIXTURES + "SubgroupOfNoSingleItem",
                FIXTURES + "DuplicateSubgroup",
                FIXTURES + "Good"),
            null);
    assertEquals(List.of("fixture-good"), ids(inventory));
    assertEquals(9, inventory.failed().size(), inventory.failed()::toString);
    assertTrue(failure(inventory, FIXTURES + "ShownIfItself").reason().contains("'a'"));
    assertTrue(failure(inventory, FIXTURES + "DuplicateItemCode").reason().contains("uses"));
    assertTrue(failure(inventory, FIXTURES + "NoItems").reason().contains("no items"));
    assertTrue(failure(inventory, FIXTURES + "BadSettingDefault").reason().contains("threshold"));
    assertTrue(failure(inventory, FIXTURES + "DuplicateSetting").reason().contains("'t'"));
    assertTrue(
        failure(inventory, FIXTURES + "ThrowingMetadata").reason().contains("metadata boom"));
    assertTrue(failure(inventory, FIXTURES + "InvalidId").reason().contains("Not_Kebab"));
    assertTrue(
        failure(inventory, FIXTURES + "SubgroupOfNoSingleItem")
            .reason()
            .contains("'why' is a text item"),
        failure(inventory, FIXTURES + "SubgroupOfNoSingleItem")::reason);
    assertTrue(
        failure(inventory, FIXTURES + "DuplicateSubgroup")
            .reason()
            .contains("'uses' is declared twice"));
    inventory.failed().forEach(f -> assertTrue(!f.reason().isBlank(), f::toString));
  }

  @Test
  void duplicateIdIsReportedAndTheFirstKept() throws IOException {
    PluginInventory inventory =
        PluginLoader.load(appLoader(FIXTURES + "Good", FIXTURES + "SameIdAsGood"), null);
    assertEquals(List.of("fixture-good"), ids(inventory));
    assertTrue(
        inventory.find("fixture-good").orElseThrow().instrument() instanceof PluginFixtures.Good);
    FailedPlugin duplicate = failure(inventory, FIXTURES + "SameIdAsGood");
    assertEquals("fixture-good", duplicate.id());
    assertTrue(
        duplicate.reason().contains("duplicate") && duplicate.reason().contains("fixture-good"),
        duplicate.reason());
  }

  @Test
  void providerThatIsNoInstrumentOrMissingIsReportedAndOthersLoad() throws IOException {
    PluginInventory inventory =
        PluginLoader.load(
            appLoader(FIXTURES + "NotAnInstrument", "org.example.DoesNotExist", FIXTURES + "Good"),
            null);
    assertEquals(List.of("fixture-good"), ids(inventory));
    assertEquals(2, inventory.failed().size(), inventory.failed()::toString);
    assertTrue(
        inventory.failed().stream().anyMatch(f -> f.reason().contains("DoesNotExist")),
        inventory.failed()::toString);
    assertTrue(
        inventory.failed().stream().anyMatch(f -> f.reason().contains("NotAnInstrument")),
        inventory.failed()::toString);
  }

  // ---- external plugins ----

  @Test
  void externalPluginIsLoadedFromItsOwnJar() throws IOException {
    externalJar("good.jar", "ext.GoodExternal");
    PluginInventory inventory =
        PluginLoader.load(PluginLoaderTest.class.getClassLoader(), dir.resolve("plugins"));
    assertEquals(List.of("ext-good"), ids(inventory), inventory.failed()::toString);
    LoadedInstrument loaded = inventory.installed().get(0);
    assertEquals("good.jar", loaded.source());
    assertEquals("3.0", loaded.instrument().metadata().version());
    // the plugin shares the platform's SPI classes
    assertSame(Instrument.class, loaded.instrument().getClass().getInterfaces()[0]);
    assertNotSame(
        PluginLoaderTest.class.getClassLoader(), loaded.instrument().getClass().getClassLoader());
  }

  @Test
  void appAndExternalPluginsLoadTogether() throws IOException {
    externalJar("good.jar", "ext.GoodExternal");
    PluginInventory inventory =
        PluginLoader.load(appLoader(FIXTURES + "Good"), dir.resolve("plugins"));
    assertEquals(List.of("fixture-good", "ext-good"), ids(inventory));
    assertEquals(List.of(), inventory.failed());
  }

  @Test
  void brokenExternalPluginsAreReportedWithReasonsAndGoodOnesStillLoad() throws IOException {
    externalJar("a-constructor.jar", "ext.ConstructorThrowsExternal");
    externalJar("b-good.jar", "ext.GoodExternal");
    externalJar("c-items.jar", "ext.ItemsThrowExternal");
    externalJar("d-shown-if.jar", "ext.BadShownIfExternal");
    externalJar("e-duplicate.jar", "ext.DuplicateExternal");
    externalJar("f-second.jar", "ext.SecondExternal");
    Files.writeString(dir.resolve("plugins/readme.txt"), "not a jar");
    PluginInventory inventory =
        PluginLoader.load(PluginLoaderTest.class.getClassLoader(), dir.resolve("plugins"));

    assertEquals(List.of("ext-good", "ext-second"), ids(inventory), inventory.failed()::toString);
    assertEquals("b-good.jar", inventory.find("ext-good").orElseThrow().source());
    assertEquals(4, inventory.failed().size(), inventory.failed()::toString);

    FailedPlugin constructor = failure(inventory, "ext.ConstructorThrowsExternal");
    assertTrue(constructor.reason().contains("external constructor boom"), constructor.reason());

    FailedPlugin items = failure(inventory, "ext.ItemsThrowExternal");
    assertTrue(items.reason().contains("external items boom"), items.reason());
    assertEquals("ext-items", items.id());
    assertEquals("c-items.jar", items.source());

    FailedPlugin shownIf = failure(inventory, "ext.BadShownIfExternal");
    assertTrue(shownIf.reason().contains("missing"), shownIf.reason());

    FailedPlugin duplicate = failure(inventory, "ext.DuplicateExternal");
    assertEquals("ext-good", duplicate.id());
    assertEquals("e-duplicate.jar", duplicate.source());
    assertTrue(
        duplicate.reason().contains("duplicate") && duplicate.reason().contains("b-good.jar"),
        duplicate.reason());
  }

  @Test
  void externalPluginRepeatingAnAppIdIsReportedAndTheAppOneKept() throws IOException {
    externalJar("same.jar", "ext.SameIdAsAppExternal");
    PluginInventory inventory =
        PluginLoader.load(appLoader(FIXTURES + "Good"), dir.resolve("plugins"));
    assertEquals(List.of("fixture-good"), ids(inventory));
    assertTrue(
        inventory.find("fixture-good").orElseThrow().instrument() instanceof PluginFixtures.Good);
    FailedPlugin duplicate = failure(inventory, "ext.SameIdAsAppExternal");
    assertEquals("same.jar", duplicate.source());
    assertTrue(duplicate.reason().contains("duplicate"), duplicate.reason());
  }

  @Test
  void externalServicesFileNamingAnAppClassDoesNotLoadItTwice() throws IOException {
    // only providers defined by the external jars are taken from the external directory
    TestJars.servicesOnly(dir.resolve("plugins"), "names-app-class.jar", FIXTURES + "Good");
    PluginInventory inventory =
        PluginLoader.load(appLoader(FIXTURES + "Good"), dir.resolve("plugins"));
    assertEquals(List.of("fixture-good"), ids(inventory));
    assertEquals(List.of(), inventory.failed());
  }

  @Test
  void externalEntryNamingAMissingClassDoesNotStopOtherExternalJars() throws IOException {
    TestJars.servicesOnly(dir.resolve("plugins"), "a-missing.jar", "ext.DoesNotExist");
    externalJar("b-good.jar", "ext.GoodExternal");
    PluginInventory inventory =
        PluginLoader.load(PluginLoaderTest.class.getClassLoader(), dir.resolve("plugins"));
    assertEquals(List.of("ext-good"), ids(inventory), inventory.failed()::toString);
    assertEquals(1, inventory.failed().size(), inventory.failed()::toString);
    assertTrue(
        inventory.failed().get(0).reason().contains("DoesNotExist"), inventory.failed()::toString);
  }

  @Test
  void externalEntryNamingAMissingClassIsReported() throws IOException {
    TestJars.servicesOnly(dir.resolve("plugins"), "missing.jar", "ext.DoesNotExist");
    PluginInventory inventory =
        PluginLoader.load(PluginLoaderTest.class.getClassLoader(), dir.resolve("plugins"));
    assertEquals(List.of(), inventory.installed());
    assertEquals(1, inventory.failed().size(), inventory.failed()::toString);
    assertTrue(
        inventory.failed().get(0).reason().contains("DoesNotExist"), inventory.failed()::toString);
  }

  @Test
  void missingOrEmptyPluginsDirectoryIsNoError() throws IOException {
    PluginInventory missing =
        PluginLoader.load(appLoader(FIXTURES + "Good"), dir.resolve("does-not-exist"));
    assertEquals(List.of("fixture-good"), ids(missing));
    assertEquals(List.of(), missing.failed());
    Files.createDirectories(dir.resolve("empty"));
    PluginInventory empty =
        PluginLoader.load(PluginLoaderTest.class.getClassLoader(), dir.resolve("empty"));
    assertEquals(List.of(), empty.installed());
    assertEquals(List.of(), empty.failed());
  }

  @Test
  void pluginsPathThatIsAFileIsReported() throws IOException {
    Path file = Files.writeString(dir.resolve("plugins.txt"), "x");
    PluginInventory inventory = PluginLoader.load(appLoader(FIXTURES + "Good"), file);
    assertEquals(List.of("fixture-good"), ids(inventory));
    assertEquals(1, inventory.failed().size());
    assertTrue(
        inventory.failed().get(0).reason().contains("not a directory"),
        inventory.failed()::toString);
  }
}
