package org.joysurvey.analysis;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionView;

/** The README of the analysis bundle: what the files are, the counts, and the anonymity note. */
final class Readme {

  private Readme() {}

  static String text(
      EditionSetup setup,
      Codebook codebook,
      boolean derived,
      long responses,
      LocalDate today,
      Set<String> failedScoring,
      String csvName) {
    EditionView e = setup.edition();
    String base = csvName.replaceAll("\\.csv$", "");
    long columns = codebook.columns(derived).size();
    int variables = codebook.dataset(derived).variables().size();
    long derivedCount =
        codebook.columns().stream().filter(c -> c.kind() == Column.Kind.DERIVED).count();
    StringBuilder s = new StringBuilder();
    s.append("Joy Survey: responses for analysis\n\n");
    s.append("Edition:      ")
        .append(e.title())
        .append(" (")
        .append(e.year())
        .append("), id ")
        .append(e.id())
        .append(", ")
        .append(e.status().code())
        .append('\n');
    s.append("Exported on:  ").append(today).append('\n');
    s.append("Responses:    ").append(responses).append('\n');
    s.append("Instruments:  ")
        .append(
            setup.instruments().stream()
                .map(i -> i.metadata().id() + " " + i.metadata().version())
                .collect(Collectors.joining(", ")))
        .append('\n');
    if (!setup.missing().isEmpty()) {
      s.append("Not installed here (their columns are absent): ")
          .append(String.join(", ", setup.missing()))
          .append('\n');
    }
    s.append("Columns:      ")
        .append(columns)
        .append(" in the CSV, ")
        .append(variables)
        .append(" Stata/SPSS variables");
    s.append(derived ? ", derived variables included\n" : ", without the derived variables\n");
    s.append("Wording:      version ")
        .append(e.wordingVersion())
        .append(" now; each response's version is in _wording_version\n");
    if (!failedScoring.isEmpty()) {
      s.append("Scoring failed for: ")
          .append(String.join(", ", failedScoring))
          .append(" (their derived variables are missing from the failure on)\n");
    }
    s.append("\nFiles\n");
    s.append("  ")
        .append(csvName)
        .append("  the responses, one row each, one column per item")
        .append(" (option codes; lists joined with ;)")
        .append(derived ? ", then " + derivedCount + " derived variables (_derived.*)\n" : "\n");
    s.append("  ")
        .append(base)
        .append(".dta  Stata 14 or later (format 118): ")
        .append("use \"")
        .append(base)
        .append(".dta\"\n");
    s.append("  ")
        .append(base)
        .append(".sav  SPSS system file: GET FILE=\"")
        .append(base)
        .append(".sav\".\n");
    s.append("  ").append(base).append(".do   reads the CSV in Stata with the same labels\n");
    s.append("  ")
        .append(base)
        .append(".R    reads the CSV in R with the same labels: source(\"")
        .append(base)
        .append(".R\")\n");
    s.append("  edition-")
        .append(e.id())
        .append("-codebook.csv  every column: wording,")
        .append(" options with codes and labels, shown-if, missing values, derivation rules,")
        .append(" Stata/SPSS names\n");
    s.append("  edition-")
        .append(e.id())
        .append("-schema.json   the same as a Frictionless")
        .append(" Table Schema of the CSV\n");
    s.append("\nMissing values\n");
    s.append("  An empty cell (Stata ., SPSS system-missing) is an item not answered or not shown")
        .append(" by the\n  questionnaire's logic; the codebook's shown_if says when an item is")
        .append(" shown. A derived\n  variable is empty when the answers do not determine it.\n");
    s.append("\nAnonymity\n");
    s.append("  No row can be linked to an invitee: responses are stored without any name, email,")
        .append(" token\n  or time of day, and the rows are in the order of random ids. But these")
        .append(" files hold every\n  answer, free text included, with nothing withheld: a rare")
        .append(" combination of answers\n  (a small specialty, an age band, a free-text remark)")
        .append(" may point to a person. Keep the\n  files confidential, and publish no figure")
        .append(" resting on fewer than ")
        .append(e.suppressionThreshold())
        .append(" respondents (the\n  edition's suppression threshold k).\n");
    return s.toString();
  }
}
