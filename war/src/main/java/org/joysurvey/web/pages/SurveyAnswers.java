package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * This view's answers as the form shows them: the order of a ranked item, and each answer on the
 * review page.
 */
@Named
@RequestScoped
public class SurveyAnswers {

  @Inject private CurrentSurveyForm current;

  /** The ranked options of a ranked item, most important first, as labels. */
  public List<String> ranking(FormItem item) {
    return form().answers().ranking(item).stream().map(item::label).toList();
  }

  /** An option's label on a ranked item, with its rank once ticked ("1st: ..."). */
  public String rankedLabel(FormItem item, FormOption option) {
    int rank = form().answers().ranking(item).indexOf(option.code()) + 1;
    return rank == 0 ? option.label() : ordinal(rank) + ": " + option.label();
  }

  /** Whether an option of a ranked item can no longer be ticked: as many as allowed are ranked. */
  public boolean rankFull(FormItem item, FormOption option) {
    List<String> ranking = form().answers().ranking(item);
    return ranking.size() >= item.maxChoices() && !ranking.contains(option.code());
  }

  /** An answer as the review page shows it: option labels, or the text; empty when unanswered. */
  public String reviewAnswer(FormItem item) {
    return reviewAnswer(item, form().answers());
  }

  static String reviewAnswer(FormItem item, FormAnswers answers) {
    String cell = answers.cell(item);
    if (cell.isEmpty()) {
      return "";
    }
    if (item.isRanked()) {
      List<String> ranked = answers.ranking(item);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < ranked.size(); i++) {
        text.append(i == 0 ? "" : "; ")
            .append(i + 1)
            .append(". ")
            .append(item.label(ranked.get(i)));
      }
      return text.toString();
    }
    if (item.options().isEmpty()) {
      return cell;
    }
    return String.join("; ", Arrays.stream(cell.split(";")).map(item::label).toList());
  }

  static String ordinal(int n) {
    String suffix =
        (n % 100 >= 11 && n % 100 <= 13)
            ? "th"
            : switch (n % 10) {
              case 1 -> "st";
              case 2 -> "nd";
              case 3 -> "rd";
              default -> "th";
            };
    return n + suffix;
  }

  private SurveyForm form() {
    return current.get();
  }
}
