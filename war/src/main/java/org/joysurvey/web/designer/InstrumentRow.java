package org.joysurvey.web.designer;

import java.io.Serializable;
import java.util.List;

/** An installed instrument on the edition page: whether the edition uses it, and its settings. */
public class InstrumentRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String id;
  private final String version;
  private final String title;
  private final String description;
  private final List<SettingField> settings;
  private boolean enabled;

  InstrumentRow(String id, String version, String title, String description, List<SettingField> settings,
      boolean enabled) {
    this.id = id;
    this.version = version;
    this.title = title;
    this.description = description;
    this.settings = List.copyOf(settings);
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

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }
}
