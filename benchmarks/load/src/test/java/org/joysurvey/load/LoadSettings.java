package org.joysurvey.load;

import java.nio.file.Path;

/**
 * The run's settings, from system properties (load-test.sh passes them): where the server is, the
 * edition, how respondents behave, the injection. Defaults are for mode {@code think}.
 */
record LoadSettings(
    String baseUrl,
    long edition,
    Path tokens,
    Path output,
    String mode,
    int users,
    int durationSeconds,
    long thinkMillisPerItem,
    double invitedShare,
    double leaveShare,
    double backShare,
    long leavePauseMillis,
    long busyPauseMillis,
    int busyRetries,
    int startUsers,
    int stepUsers,
    int steps,
    int stepSeconds) {

  static LoadSettings fromSystemProperties() {
    String mode = System.getProperty("load.mode", "think");
    boolean think = mode.equals("think");
    return new LoadSettings(
        System.getProperty("load.baseUrl", "http://localhost:18480"),
        Long.getLong("load.edition", 1),
        Path.of(System.getProperty("load.tokens", "target/tokens.txt")),
        Path.of(System.getProperty("load.output", "target/load")),
        mode,
        Integer.getInteger("load.users", 200),
        Integer.getInteger("load.duration", 180),
        Long.getLong("load.thinkMillisPerItem", think ? 600 : 0),
        Double.parseDouble(System.getProperty("load.invitedShare", "0.5")),
        Double.parseDouble(System.getProperty("load.leaveShare", "0.15")),
        Double.parseDouble(System.getProperty("load.backShare", "0.1")),
        Long.getLong("load.leavePauseMillis", think ? 20_000 : 0),
        Long.getLong("load.busyPauseMillis", 5_000),
        Integer.getInteger("load.busyRetries", 30),
        Integer.getInteger("load.startUsers", 8),
        Integer.getInteger("load.stepUsers", 8),
        Integer.getInteger("load.steps", 6),
        Integer.getInteger("load.stepSeconds", 30));
  }

  boolean thinking() {
    return thinkMillisPerItem > 0;
  }
}
