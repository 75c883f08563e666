package org.joysurvey.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a report chart as vector SVG for the document (the PDF and the print page): grouped
 * horizontal bars, this edition's bar first and each earlier year below it in a lighter shade, as
 * the report page draws them; pies; three-set Venn diagrams. A suppressed point has no bar and
 * reads "suppressed". The SVG carries no script and no external reference.
 */
public final class ChartSvg {

  /** The drawing's width in CSS pixels: the text width of an A4 page with 2 cm margins. */
  static final int WIDTH = 640;

  private static final String FONT = "DejaVu Sans";
  private static final int LABEL_WIDTH = 210;
  private static final int BAR_AREA = 330;
  private static final int BAR = 13;
  private static final int LINE = 13;
  private static final int LABEL_CHARS = 34;

  private ChartSvg() {}

  /** The chart as an {@code <svg>} element; {@code alt} is its alternate text. */
  public static String draw(ChartData chart, String alt) {
    if (chart.venn() != null) {
      return venn(chart.venn(), alt);
    }
    boolean pieDrawable =
        chart.type() == org.joysurvey.spi.ReportChart.Type.PIE
            && chart.percent()
            && chart.datasets().size() == 1
            && chart.datasets().get(0).values().stream().allMatch(v -> v != null);
    return pieDrawable ? pie(chart, alt) : bars(chart, alt);
  }

  private static String bars(ChartData chart, String alt) {
    List<ChartData.Dataset> sets = chart.datasets();
    double max = 0;
    for (ChartData.Dataset d : sets) {
      for (Double v : d.values()) {
        if (v != null) {
          max = Math.max(max, v);
        }
      }
    }
    double scale = chart.percent() ? 100 : niceCeiling(max);
    StringBuilder body = new StringBuilder();
    int y = 0;
    // legend: one swatch per dataset
    int legendX = 0;
    int legendY = 12;
    if (sets.size() > 1) {
      for (ChartData.Dataset d : sets) {
        int w = 22 + (int) (d.label().length() * 6.6);
        if (legendX + w > WIDTH) {
          legendX = 0;
          legendY += 18;
        }
        body.append(rect(legendX, legendY - 10, 12, 12, colour(d)));
        body.append(text(legendX + 17, legendY, d.label(), "start", 11, null));
        legendX += w + 12;
      }
      y = legendY + 14;
    }
    int top = y;
    for (int p = 0; p < chart.labels().size(); p++) {
      List<String> lines = wrap(chart.labels().get(p), LABEL_CHARS);
      int groupHeight = Math.max(sets.size() * (BAR + 2), lines.size() * LINE) + 10;
      int labelTop = y + (groupHeight - 10 - lines.size() * LINE) / 2 + 10;
      for (int l = 0; l < lines.size(); l++) {
        body.append(text(LABEL_WIDTH - 8, labelTop + l * LINE, lines.get(l), "end", 11, null));
      }
      int barY = y + (groupHeight - 10 - sets.size() * (BAR + 2)) / 2;
      for (ChartData.Dataset d : sets) {
        Double v = d.values().get(p);
        String shown = d.shown().get(p);
        if (v != null) {
          double w = scale == 0 ? 0 : Math.max(0, v) / scale * BAR_AREA;
          body.append(rect(LABEL_WIDTH, barY, w, BAR, colour(d)));
          body.append(text(LABEL_WIDTH + w + 4, barY + BAR - 2, shown, "start", 10, null));
        } else {
          body.append(text(LABEL_WIDTH + 4, barY + BAR - 2, shown, "start", 10, "#666666"));
        }
        barY += BAR + 2;
      }
      y += groupHeight;
    }
    // the axis: a base line and the scale's ends
    body.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#888888\" stroke-width=\"1\"/>",
            LABEL_WIDTH,
            top,
            LABEL_WIDTH,
            y));
    body.append(text(LABEL_WIDTH, y + 12, "0", "middle", 9, "#555555"));
    body.append(
        text(
            LABEL_WIDTH + BAR_AREA,
            y + 12,
            chart.percent() ? "100%" : number(scale),
            "middle",
            9,
            "#555555"));
    return svg(y + 18, alt, body);
  }

  private static String pie(ChartData chart, String alt) {
    ChartData.Dataset d = chart.datasets().get(0);
    StringBuilder body = new StringBuilder();
    double cx = 110;
    double cy = 110;
    double r = 100;
    double angle = -Math.PI / 2;
    for (int p = 0; p < chart.labels().size(); p++) {
      double share = d.values().get(p) / 100.0;
      if (share <= 0) {
        continue;
      }
      String fill = ChartColours.slice(p);
      if (share >= 0.9999) {
        body.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>",
                cx,
                cy,
                r,
                fill));
        break;
      }
      double end = angle + share * 2 * Math.PI;
      body.append(
          String.format(
              Locale.ROOT,
              "<path d=\"M %.2f %.2f L %.2f %.2f A %.2f %.2f 0 %d 1 %.2f %.2f Z\" fill=\"%s\""
                  + " stroke=\"#ffffff\" stroke-width=\"1\"/>",
              cx,
              cy,
              cx + r * Math.cos(angle),
              cy + r * Math.sin(angle),
              r,
              r,
              share > 0.5 ? 1 : 0,
              cx + r * Math.cos(end),
              cy + r * Math.sin(end),
              fill));
      angle = end;
    }
    int y = 30;
    for (int p = 0; p < chart.labels().size(); p++) {
      body.append(rect(250, y - 10, 12, 12, ChartColours.slice(p)));
      body.append(text(268, y, chart.labels().get(p) + ": " + d.shown().get(p), "start", 11, null));
      y += 20;
    }
    return svg(Math.max(220, y), alt, body);
  }

  private static String venn(ChartData.Venn venn, String alt) {
    StringBuilder body = new StringBuilder();
    String[][] circles = {
      {"150", "120", "#2f6f9f"}, {"230", "120", "#d9822b"}, {"190", "190", "#3a9b5c"}
    };
    for (String[] c : circles) {
      body.append(
          String.format(
              "<circle cx=\"%s\" cy=\"%s\" r=\"85\" fill=\"%s\" fill-opacity=\"0.25\""
                  + " stroke=\"%s\"/>",
              c[0], c[1], c[2], c[2]));
    }
    body.append(text(70, 28, venn.sets().get(0), "start", 13, null));
    body.append(text(310, 28, venn.sets().get(1), "end", 13, null));
    body.append(text(190, 295, venn.sets().get(2), "middle", 13, null));
    int[][] at = {
      {115, 105}, {265, 105}, {190, 240}, {190, 85}, {140, 180}, {240, 180}, {190, 150}
    };
    for (int r = 0; r < 7; r++) {
      body.append(text(at[r][0], at[r][1], venn.regions().get(r), "middle", 13, null));
    }
    return svg(305, alt, body);
  }

  private static String svg(int height, String alt, CharSequence body) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\""
        + WIDTH
        + "\" height=\""
        + height
        + "\" viewBox=\"0 0 "
        + WIDTH
        + " "
        + height
        + "\" alt=\""
        + Xhtml.attribute(alt)
        + "\" aria-label=\""
        + Xhtml.attribute(alt)
        + "\" font-family=\""
        + FONT
        + "\"><title>"
        + Xhtml.text(alt)
        + "</title>"
        + body
        + "</svg>";
  }

  private static String rect(double x, double y, double w, double h, String fill) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
        x,
        y,
        w,
        h,
        fill);
  }

  private static String text(
      double x, double y, String text, String anchor, int size, String colour) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
        x,
        y,
        size,
        anchor,
        colour == null ? "#1d2733" : colour,
        Xhtml.text(text));
  }

  private static String colour(ChartData.Dataset d) {
    return ChartColours.of(d.series(), d.earlier());
  }

  /** Words of {@code text} in lines of at most {@code width} characters (a longer word alone). */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The smallest of 1, 2, 2.5 or 5 times a power of ten not below {@code max} (1 when none). */
  static double niceCeiling(double max) {
    if (max <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(max)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * power >= max) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }
}
