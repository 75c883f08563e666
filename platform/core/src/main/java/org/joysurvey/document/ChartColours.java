package org.joysurvey.document;

/**
 * The colours of a report's charts, on the page and in the document: one per series, and for each
 * earlier year a lighter shade of its series' colour, older years lighter still.
 */
public final class ChartColours {

  private static final String[] SERIES = {"#2f6f9f", "#d9822b", "#3a9b5c", "#8e5ea2"};

  private static final String[][] EARLIER = {
    {"#8fb3d1", "#c9dbea"}, {"#ecb888", "#f6dcc4"}, {"#93cba5", "#cfe8d7"}, {"#c2a5cf", "#e3d5e9"}
  };

  private ChartColours() {}

  /**
   * The colour of series {@code series}; {@code earlier} 0 for this edition, 1 for the most recent
   * earlier year, 2 and more for older ones.
   */
  public static String of(int series, int earlier) {
    if (earlier == 0) {
      return SERIES[series % SERIES.length];
    }
    String[] shades = EARLIER[series % EARLIER.length];
    return shades[Math.min(earlier - 1, shades.length - 1)];
  }

  /** The colour of slice {@code index} of a pie. */
  public static String slice(int index) {
    String[] all = {
      "#2f6f9f", "#d9822b", "#3a9b5c", "#8e5ea2", "#c0392b", "#7f8c8d", "#b7950b", "#16a085"
    };
    return all[index % all.length];
  }
}
