package org.joysurvey.plugins;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.SettingDefinition;
import org.joysurvey.spi.SubgroupDimension;

/**
 * Loads instrument plugins. Every provider is instantiated and checked inside its own try/catch: a
 * provider that cannot be created, throws from its metadata or items, declares inconsistent items
 * or subgroup dimensions, or repeats an id already loaded is recorded as failed, with the reason,
 * and skipped.
 */
public final class PluginLoader {

  private static final Logger LOG = Logger.getLogger(PluginLoader.class.getName());

  private PluginLoader() {}

  /**
   * Loads the plugins visible to {@code appLoader} (the WAR's {@code WEB-INF/lib}), then those in
   * the jars of {@code externalDir} (may be {@code null} or missing).
   */
  public static PluginInventory load(ClassLoader appLoader, Path externalDir) {
    List<LoadedInstrument> installed = new ArrayList<>();
    List<FailedPlugin> failed = new ArrayList<>();
    Map<String, String> sourceById = new HashMap<>();
    loadFrom(ServiceLoader.load(Instrument.class, appLoader), null, installed, failed, sourceById);
    if (externalDir != null) {
      List<URL> jars = jarsIn(externalDir, failed);
      if (!jars.isEmpty()) {
        // The parent is the SPI's loader, so plugins share the platform's classes; only the
        // external jars' own providers are taken from this loader (the parent's were loaded above).
        URLClassLoader external =
            new URLClassLoader(jars.toArray(URL[]::new), Instrument.class.getClassLoader());
        loadFrom(
            ServiceLoader.load(Instrument.class, external),
            external,
            installed,
            failed,
            sourceById);
      }
    }
    for (LoadedInstrument loaded : installed) {
      InstrumentMetadata m = loaded.instrument().metadata();
      LOG.info(
          () -> "Instrument " + m.id() + " " + m.version() + " loaded from " + loaded.source());
    }
    for (FailedPlugin f : failed) {
      LOG.warning(
          () ->
              "Instrument plugin "
                  + f.provider()
                  + " from "
                  + f.source()
                  + " skipped: "
                  + f.reason());
    }
    return new PluginInventory(installed, failed);
  }

  /**
   * Loads each provider of {@code loader} in turn; {@code onlyFrom}, when given, restricts them to
   * classes defined by that class loader. A provider that cannot even be located is recorded and
   * the iteration goes on to the next one.
   */
  private static void loadFrom(
      ServiceLoader<Instrument> loader,
      ClassLoader onlyFrom,
      List<LoadedInstrument> installed,
      List<FailedPlugin> failed,
      Map<String, String> sourceById) {
    Iterator<ServiceLoader.Provider<Instrument>> providers = loader.stream().iterator();
    while (true) {
      ServiceLoader.Provider<Instrument> provider;
      try {
        if (!providers.hasNext()) {
          return;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        // a provider named in META-INF/services that cannot be found or is not an Instrument
        FailedPlugin failure = new FailedPlugin("?", null, "?", describe(e));
        if (!failed.contains(failure)) {
          failed.add(failure);
        }
        continue;
      }
      if (onlyFrom == null || provider.type().getClassLoader() == onlyFrom) {
        accept(provider.type(), provider::get, installed, failed, sourceById);
      }
    }
  }

  private interface Factory {
    Instrument create();
  }

  private static void accept(
      Class<?> type,
      Factory factory,
      List<LoadedInstrument> installed,
      List<FailedPlugin> failed,
      Map<String, String> sourceById) {
    String providerName = type.getName();
    String source = sourceOf(type);
    String id = null;
    try {
      Instrument instrument = factory.create();
      InstrumentMetadata metadata = instrument.metadata();
      if (metadata == null) {
        throw new IllegalStateException("metadata() returned null");
      }
      id = metadata.id();
      check(instrument);
      String earlier = sourceById.putIfAbsent(id, source);
      if (earlier != null) {
        failed.add(
            new FailedPlugin(
                providerName,
                id,
                source,
                "duplicate instrument id '" + id + "': already loaded from " + earlier));
        return;
      }
      installed.add(new LoadedInstrument(instrument, source));
    } catch (RuntimeException | ServiceConfigurationError | LinkageError e) {
      LOG.log(Level.FINE, "plugin " + providerName + " failed", e);
      failed.add(new FailedPlugin(providerName, id, source, describe(e)));
    }
  }

  /** The checks a plugin's declarations must pass before the platform relies on them. */
  static void check(Instrument instrument) {
    List<Item> items = instrument.items();
    if (items == null || items.isEmpty()) {
      throw new IllegalStateException("items() returned no items");
    }
    Map<String, Item> byCode = new HashMap<>();
    for (Item item : items) {
      if (byCode.put(item.code(), item) != null) {
        throw new IllegalStateException("item code '" + item.code() + "' is used twice");
      }
    }
    for (Item item : items) {
      if (item.shownIf() == null) {
        continue;
      }
      Item controlling = byCode.get(item.shownIf().item());
      if (controlling == null || controlling == item) {
        throw new IllegalStateException(
            "item '"
                + item.code()
                + "' is shown if '"
                + item.shownIf().item()
                + "', which is no other item");
      }
      for (String value : item.shownIf().anyOf()) {
        if (controlling.option(value).isEmpty()) {
          throw new IllegalStateException(
              "item '"
                  + item.code()
                  + "' is shown if '"
                  + controlling.code()
                  + "' is '"
                  + value
                  + "', which is no option of it");
        }
      }
    }
    Set<String> keys = new HashSet<>();
    List<SettingDefinition> settings = instrument.settings();
    for (SettingDefinition setting : settings == null ? List.<SettingDefinition>of() : settings) {
      if (!keys.add(setting.key())) {
        throw new IllegalStateException("setting '" + setting.key() + "' is declared twice");
      }
      String problem = setting.problemWith(setting.defaultValue());
      if (problem != null) {
        throw new IllegalStateException(
            "the default of setting '" + setting.key() + "' is invalid: " + problem);
      }
    }
    Set<String> dimensions = new HashSet<>();
    List<SubgroupDimension> subgroups = instrument.subgroups();
    for (SubgroupDimension dimension :
        subgroups == null ? List.<SubgroupDimension>of() : subgroups) {
      if (!dimensions.add(dimension.item())) {
        throw new IllegalStateException(
            "subgroup dimension '" + dimension.item() + "' is declared twice");
      }
      // throws with the reason when the item is missing, has no single answer, or a label names no
      // option
      dimension.resolve(instrument.metadata().id(), items);
    }
  }

  private static List<URL> jarsIn(Path dir, List<FailedPlugin> failed) {
    if (!Files.isDirectory(dir)) {
      if (Files.exists(dir)) {
        failed.add(
            new FailedPlugin(
                "?", null, dir.toString(), "the plugins directory is not a directory"));
      }
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      List<URL> urls = new ArrayList<>();
      for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        urls.add(jar.toUri().toURL());
      }
      return urls;
    } catch (IOException e) {
      failed.add(
          new FailedPlugin(
              "?", null, dir.toString(), "cannot list the plugins directory: " + e.getMessage()));
      return List.of();
    }
  }

  private static String sourceOf(Class<?> type) {
    CodeSource code = type.getProtectionDomain().getCodeSource();
    if (code == null || code.getLocation() == null) {
      return type.getName();
    }
    String location = code.getLocation().toString();
    int slash = location.lastIndexOf('/', location.length() - 2);
    return slash >= 0 ? location.substring(slash + 1) : location;
  }

  private static String describe(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
