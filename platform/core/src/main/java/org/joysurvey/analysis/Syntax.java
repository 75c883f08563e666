package org.joysurvey.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.joysurvey.interchange.statfiles.ValueLabels;
import org.joysurvey.interchange.statfiles.Variable;

/**
 * A Stata {@code .do} file and an R script that read the CSV export and give every variable the
 * names, codes and labels of the {@code .dta} and {@code .sav} files: for those who prefer text
 * (REDCap and LimeSurvey ship the same pair). Both undo the apostrophe the CSV puts before text
 * that a spreadsheet would read as a formula.
 */
final class Syntax {

  private Syntax() {}

  static void stata(Codebook codebook, boolean derived, String csvFile, Writer out)
      throws IOException {
    List<Column> columns = codebook.columns(derived);
    StringBuilder s = new StringBuilder();
    s.append("* ").append(oneLine(codebook.dataset(derived).label())).append('\n');
    s.append("* Reads ").append(csvFile).append(" (the CSV export) with the variable names,\n");
    s.append("* codes and labels of the .dta file. Run it in the folder that holds the CSV:\n");
    s.append("*   do ").append(csvFile.replaceAll("\\.csv$", "")).append(".do\n");
    s.append("version 14\n");
    s.append("import delimited using \"")
        .append(csvFile)
        .append("\", varnames(nonames)")
        .append(" rowrange(2) encoding(\"utf-8\") stringcols(_all) bindquote(strict)")
        .append(" maxquotedrows(unlimited) clear\n");
    int j = 0;
    for (Column c : columns) {
      j++;
      String v = "v" + j;
      List<Variable> vars = c.variables();
      switch (c.type()) {
        case "date" -> {
          s.append("generate long ")
              .append(vars.get(0).name())
              .append(" = date(")
              .append(v)
              .append(", \"YMD\")\n");
          s.append("format ").append(vars.get(0).name()).append(" %td\n");
        }
        case "likert", "integer", "boolean" ->
            s.append("generate long ")
                .append(vars.get(0).name())
                .append(" = real(")
                .append(v)
                .append(")\n");
        case "number", "decimal" ->
            s.append("generate double ")
                .append(vars.get(0).name())
                .append(" = real(")
                .append(v)
                .append(")\n");
        case "multi" -> {
          for (int i = 0; i < vars.size(); i++) {
            s.append("generate byte ")
                .append(vars.get(i).name())
                .append(" = cond(")
                .append(v)
                .append(" == \"\", ., strpos(\";\" + ")
                .append(v)
                .append(" + \";\", \";")
                .append(c.choices().get(i).code())
                .append(";\") > 0)\n");
          }
        }
        case "ranked" -> {
          for (int k = 0; k < vars.size(); k++) {
            String name = vars.get(k).name();
            s.append("generate long ").append(name).append(" = .\n");
            for (Column.Choice o : c.choices()) {
              s.append("replace ")
                  .append(name)
                  .append(" = ")
                  .append(o.value())
                  .append(" if word(subinstr(")
                  .append(v)
                  .append(", \";\", \" \", .), ")
                  .append(k + 1)
                  .append(") == \"")
                  .append(o.code())
                  .append("\"\n");
            }
          }
        }
        default -> {
          if (!c.choices().isEmpty()) { // single, yes-no, a derived copy of one
            String name = vars.get(0).name();
            s.append("generate long ").append(name).append(" = .\n");
            for (Column.Choice o : c.choices()) {
              s.append("replace ")
                  .append(name)
                  .append(" = ")
                  .append(o.value())
                  .append(" if ")
                  .append(v)
                  .append(" == \"")
                  .append(o.code())
                  .append("\"\n");
            }
          } else { // text
            String name = vars.get(0).name();
            s.append("generate strL ").append(name).append(" = ").append(v).append('\n');
            s.append("replace ")
                .append(name)
                .append(" = usubstr(")
                .append(name)
                .append(", 2, .) if usubstr(")
                .append(name)
                .append(", 1, 1) == \"'\" & inlist(")
                .append("usubstr(")
                .append(name)
                .append(", 2, 1), \"=\", \"+\", \"-\", \"@\",")
                .append(" \"'\", char(9), char(13))\n");
          }
        }
      }
    }
    if (j > 0) {
      s.append("drop v1-v").append(j).append('\n');
    }
    for (ValueLabels set : codebook.dataset(derived).valueLabels().values()) {
      s.append("label define ").append(set.name());
      set.labels()
          .forEach(
              (code, label) -> s.append(' ').append(code).append(' ').append(stataString(label)));
      s.append(", replace\n");
    }
    for (Column c : columns) {
      for (Variable v : c.variables()) {
        s.append("label variable ")
            .append(v.name())
            .append(' ')
            .append(stataString(cut(v.label(), 80)))
            .append('\n');
        if (v.valueLabels() != null) {
          s.append("label values ")
              .append(v.name())
              .append(' ')
              .append(v.valueLabels())
              .append('\n');
        }
      }
      if (c.kind() == Column.Kind.DERIVED && !c.rule().isEmpty()) {
        // the rule, whole, as a Stata note of the variable (the label keeps 80 characters);
        // escaped as in stataString, since ` and $ would start a macro
        s.append("notes ")
            .append(c.variables().get(0).name())
            .append(": ")
            .append(oneLine(c.rule()).replace("`", "\\`").replace("$", "\\$"))
            .append('\n');
      }
    }
    s.append("label data ")
        .append(stataString(cut(codebook.dataset(derived).label(), 80)))
        .append('\n');
    s.append("compress\n");
    out.write(s.toString());
  }

  static void r(Codebook codebook, boolean derived, String csvFile, Writer out) throws IOException {
    List<Column> columns = codebook.columns(derived);
    StringBuilder s = new StringBuilder();
    s.append("# ").append(oneLine(codebook.dataset(derived).label())).append('\n');
    s.append("# Reads ").append(csvFile).append(" (the CSV export) into the data frame `joy`,\n");
    s.append("# with the variable names of the .dta and .sav files: coded items as factors\n");
    s.append("# (likert items also as their scale points), each variable's label in\n");
    s.append("# attr(, \"label\"). Run it in the folder that holds the CSV:\n");
    s.append("#   source(\"").append(csvFile.replaceAll("\\.csv$", "")).append(".R\")\n");
    s.append("raw <- utils::read.csv(")
        .append(rString(csvFile))
        .append(", colClasses = \"character\", na.strings = \"\", check.names = FALSE,")
        .append(" fileEncoding = \"UTF-8\")\n");
    s.append("text_cell <- function(x) sub(\"^'([-=+@\\t\\r'])\", \"\\\\1\", x)\n");
    s.append("rank_of <- function(x, k) vapply(strsplit(ifelse(is.na(x), \"\", x), \";\",")
        .append(" fixed = TRUE), function(p) if (length(p) >= k) p[k] else NA_character_, \"\")\n");
    s.append("chosen <- function(x, code) ifelse(is.na(x), NA_integer_,")
        .append(" as.integer(grepl(paste0(\";\", code, \";\"), paste0(\";\", x, \";\"),")
        .append(" fixed = TRUE)))\n");
    s.append("joy <- data.frame(row.names = seq_len(nrow(raw)))\n");
    for (Column c : columns) {
      String cell = "raw[[" + rString(c.name()) + "]]";
      List<Variable> vars = c.variables();
      switch (c.type()) {
        case "date" -> assign(s, vars.get(0), "as.Date(" + cell + ")");
        case "likert" -> {
          assign(s, vars.get(0), "as.integer(" + cell + ")");
          assign(
              s,
              vars.get(0).name() + "_f",
              vars.get(0).label(),
              "factor("
                  + cell
                  + ", levels = "
                  + codes(c)
                  + ", labels = "
                  + labels(c)
                  + ", ordered = TRUE)");
        }
        case "integer", "boolean" -> assign(s, vars.get(0), "as.integer(" + cell + ")");
        case "number", "decimal" -> assign(s, vars.get(0), "as.numeric(" + cell + ")");
        case "multi" -> {
          for (int i = 0; i < vars.size(); i++) {
            assign(
                s, vars.get(i), "chosen(" + cell + ", " + rString(c.choices().get(i).code()) + ")");
          }
        }
        case "ranked" -> {
          for (int k = 0; k < vars.size(); k++) {
            assign(
                s,
                vars.get(k),
                "factor(rank_of("
                    + cell
                    + ", "
                    + (k + 1)
                    + "), levels = "
                    + codes(c)
                    + ", labels = "
                    + labels(c)
                    + ")");
          }
        }
        default -> {
          if (!c.choices().isEmpty()) {
            assign(
                s,
                vars.get(0),
                "factor(" + cell + ", levels = " + codes(c) + ", labels = " + labels(c) + ")");
          } else {
            assign(s, vars.get(0), "text_cell(" + cell + ")");
          }
        }
      }
    }
    s.append("rm(raw, text_cell, rank_of, chosen)\n");
    out.write(s.toString());
  }

  private static void assign(StringBuilder s, Variable v, String expression) {
    assign(s, v.name(), v.label(), expression);
  }

  private static void assign(StringBuilder s, String name, String label, String expression) {
    s.append("joy$").append(name).append(" <- ").append(expression).append('\n');
    s.append("attr(joy$")
        .append(name)
        .append(", \"label\") <- ")
        .append(rString(label))
        .append('\n');
  }

  private static String codes(Column c) {
    return "c("
        + c.choices().stream().map(o -> rString(o.code())).collect(Collectors.joining(", "))
        + ")";
  }

  private static String labels(Column c) {
    return "c("
        + c.choices().stream().map(o -> rString(o.label())).collect(Collectors.joining(", "))
        + ")";
  }

  /** An R string literal. */
  static String rString(String text) {
    StringBuilder s = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '\\' -> s.append("\\\\");
        case '"' -> s.append("\\\"");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> s.append(ch);
      }
    }
    return s.append('"').toString();
  }

  /**
   * A Stata string in compound quotes, which may hold {@code "}; {@code `} and {@code $} are
   * escaped so that they are not read as macros, and line breaks become spaces.
   */
  static String stataString(String text) {
    String safe = oneLine(text).replace("`", "\\`").replace("$", "\\$");
    return "`\"" + safe + "\"'";
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ");
  }

  private static String cut(String text, int characters) {
    return text.codePointCount(0, text.length()) <= characters
        ? text
        : text.substring(0, text.offsetByCodePoints(0, characters));
  }
}
