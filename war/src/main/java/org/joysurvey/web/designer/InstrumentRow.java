package org.joysurvey.web.designer;

import java.io.Serializable;
import java.util.List;

/**
 * An installed instrument on the edition page: whether the edition uses it, its settings, and its
 * items' wording (shown on request: most instruments keep the plugin's).
 */
public class InstrumentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String version;
  private final String title;
  private final String description;
  private final List<SettingField> settings;
  private final List<WordingField> wording;
  private boolean enabled;
  private boolean wordingShown;

  InstrumentRow(
      String id,
      String version,
      String title,
      String description,
      List<SettingField> settings,
      List<WordingField> wording,
      boolean enabled) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.description = description;
    this.settings = List.copyOf(settings);
    this.wording = List.copyOf(wording);
    this.enabled = enabled;
  }

  public String getId() {
    return id;
  }

  public String getVersion() {
    return version;
  }

  public String getTitle() {
    return title;
  }

  public String getDescription() {
    return description;
  }

  public List<SettingField> getSettings() {
    return settings;
  }

  public List<WordingField> getWording() {
    return wording;
  }

  /** How many items the edition words its own way. */
  public long getOwnWordings() {
    return wording.stream().filter(WordingField::isOwn).count();
  }

  public boolean isWordingShown() {
    return wordingShown;
  }

  void setWordingShown(boolean wordingShown) {
    this.wordingShown = wordingShown;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
