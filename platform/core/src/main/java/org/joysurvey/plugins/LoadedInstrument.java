package org.joysurvey.plugins;

import org.joysurvey.spi.Instrument;

/** An instrument that loaded and passed its checks, and the jar it came from. */
public record LoadedInstrument(Instrument instrument, String source) {

  public String id() {
    return instrument.metadata().id();
  }
}
