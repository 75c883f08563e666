package org.joysurvey.edition;

import java.util.List;
import java.util.Map;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Settings;

/**
 * An edition made ready for use: its installed instruments in order, their resolved settings and
 * the questionnaire; {@code missing} lists instruments of the edition that are not installed (or
 * failed to load) on this instance.
 */
public record EditionSetup(
    EditionView edition,
    List<Instrument> instruments,
    Map<String, Settings> settings,
    Questionnaire questionnaire,
    List<String> missing) {

  public EditionSetup {
    instruments = List.copyOf(instruments);
    settings = Map.copyOf(settings);
    missing = List.copyOf(missing);
  }

  /** The instrument versions that produce a response now, as stored with it. */
  public Map<String, String> instrumentVersions() {
    Map<String, String> versions = new java.util.TreeMap<>();
    instruments.forEach(i -> versions.put(i.metadata().id(), i.metadata().version()));
    return versions;
  }

  /** {@link #instrumentVersions()} as the JSON object stored with each response. */
  public String instrumentVersionsJson() {
    var object = jakarta.json.spi.JsonProvider.provider().createObjectBuilder();
    instrumentVersions().forEach(object::add);
    return object.build().toString();
  }
}
