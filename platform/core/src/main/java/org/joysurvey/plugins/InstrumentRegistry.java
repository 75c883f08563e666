package org.joysurvey.plugins;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.joysurvey.spi.Instrument;

/**
 * The instruments this instance can use: loaded once at start-up from the application's jars and
 * from {@code JOY_PLUGINS_DIR}. Holds code, not data, so every instance of a cluster has its own.
 */
@ApplicationScoped
public class InstrumentRegistry {

  @Inject
  @ConfigProperty(name = "joy.plugins.dir")
  private Optional<String> pluginsDir;

  private PluginInventory inventory;

  @PostConstruct
  void load() {
    Path external = pluginsDir.filter(d -> !d.isBlank()).map(Path::of).orElse(null);
    inventory = PluginLoader.load(Instrument.class.getClassLoader(), external);
  }

  public List<LoadedInstrument> installed() {
    return inventory.installed();
  }

  public List<FailedPlugin> failed() {
    return inventory.failed();
  }

  public Optional<Instrument> find(String id) {
    return inventory.find(id).map(LoadedInstrument::instrument);
  }
}
