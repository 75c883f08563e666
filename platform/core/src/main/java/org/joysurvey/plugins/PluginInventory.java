package org.joysurvey.plugins;

import java.util.List;
import java.util.Optional;

/** The outcome of loading plugins: the instruments in use and the plugins that were skipped. */
public record PluginInventory(List<LoadedInstrument> installed, List<FailedPlugin> failed) {

  public PluginInventory {
    installed = List.copyOf(installed);
    failed = List.copyOf(failed);
  }

  public Optional<LoadedInstrument> find(String id) {
    return installed.stream().filter(i -> i.id().equals(id)).findFirst();
  }
}
