package org.joysurvey.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Settings;

/**
 * Scores a response with every instrument of the edition, as a report does: each instrument's own
 * variables ({@code <id>.}) only, and an instrument that throws gives none (and is named in the
 * README) instead of failing the export.
 */
final class Scorer {

  private final List<Instrument> instruments;
  private final List<String> prefixes = new ArrayList<>();
  private final List<Settings> settings = new ArrayList<>();
  private final Set<String> failed = new LinkedHashSet<>();

  Scorer(EditionSetup setup) {
    this.instruments = setup.instruments();
    for (Instrument instrument : instruments) {
      String id = instrument.metadata().id();
      prefixes.add(id + ".");
      settings.add(setup.settings().getOrDefault(id, Settings.NONE));
    }
  }

  /** Every instrument's derived variables of one response, by full name, in edition order. */
  Map<String, Object> score(Answers answers) {
    Map<String, Object> all = new LinkedHashMap<>();
    for (int i = 0; i < instruments.size(); i++) {
      String id = instruments.get(i).metadata().id();
      if (failed.contains(id)) {
        continue;
      }
      try {
        String prefix = prefixes.get(i);
        instruments
            .get(i)
            .score(answers, settings.get(i))
            .values()
            .forEach(
                (name, value) -> {
                  if (name.startsWith(prefix)) {
                    all.put(name, value);
                  }
                });
      } catch (RuntimeException e) {
        failed.add(id);
      }
    }
    return all;
  }

  /** The instruments whose scoring failed (their variables are left out from then on). */
  Set<String> failed() {
    return failed;
  }
}
