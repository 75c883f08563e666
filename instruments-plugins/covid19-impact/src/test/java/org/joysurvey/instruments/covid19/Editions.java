package org.joysurvey.instruments.covid19;

import org.joysurvey.testkit.MiniZStandIn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.report.Report;
import org.joysurvey.report.ReportEngine;
import org.joysurvey.report.SectionReport;
import org.joysurvey.report.SmallCellRule;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Statistic;

/** Test editions: covid19-impact with or without the Mini-Z and MBI-2 stand-ins, fed text cells. */
final class Editions {

  private Editions() {}

  static List<Instrument> instruments(boolean miniZ, boolean mbi2) {
    List<Instrument> instruments = new ArrayList<>();
    if (miniZ) {
      instruments.add(new MiniZStandIn());
    }
    if (mbi2) {
      instruments.add(new Mbi2StandIn());
    }
    instruments.add(new Covid19Impact());
    return instruments;
  }

  /**
   * One response as CSV cells: pairs of column and cell; a column without an instrument prefix is a
   * covid19-impact item ({@code "hours_change", "same"}).
   */
  static Map<String, String> row(String... pairs) {
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String column = pairs[i].contains(".") ? pairs[i] : "covid19-impact." + pairs[i];
      row.put(column, pairs[i + 1]);
    }
    return row;
  }

  /**
   * Reads CSV cells into answers as the platform's import does, failing on anything it would reject
   * (unknown column or option, a scale point off the scale, a repeated option, an answer to a hidden
   * item). The platform's own ResponseValidator / AnswerCodec cannot be used here: they need
   * jakarta.json, which is not on a plugin module's test class path.
   */
  static Answers answers(Questionnaire questionnaire, Map<String, String> row) {
    Map<String, AnswerValue> values = new LinkedHashMap<>();
    row.forEach((column, cell) -> {
      QuestionnaireItem qi = questionnaire.item(column).orElseThrow(() -> new AssertionError("unknown column " + column));
      Item item = qi.item();
      if (cell == null || (item.type() == org.joysurvey.spi.ItemType.TEXT ? cell.isEmpty() : cell.isBlank())) {
        return;
      }
      String value = cell.strip();
      AnswerValue answer = switch (item.type()) {
        case SINGLE, YES_NO -> new AnswerValue.Choice(value);
        case MULTI -> new AnswerValue.Choices(List.of(value.split(";", -1)).stream().map(String::strip).toList());
        case LIKERT -> new AnswerValue.Scale(Integer.parseInt(value));
        case TEXT -> new AnswerValue.Text(cell);
        default -> throw new AssertionError("no " + item.type() + " items here");
      };
      List<String> codes = answer instanceof AnswerValue.Choices c ? c.codes()
          : answer instanceof AnswerValue.Choice c ? List.of(c.code())
          : answer instanceof AnswerValue.Scale s ? List.of(Integer.toString(s.value())) : List.of();
      for (String code : codes) {
        assertTrue(item.option(code).isPresent(), column + ": '" + code + "' is no option");
      }
      assertEquals(codes.size(), codes.stream().distinct().count(), column + " repeats an option");
      values.put(column, answer);
    });
    for (QuestionnaireItem qi : questionnaire.items()) {
      assertFalse(values.containsKey(qi.code()) && !questionnaire.isShown(qi, values),
          () -> qi.code() + " is answered although hidden: " + row);
    }
    return new Answers(values);
  }

  /** The covid19-impact section of an edition holding these responses. */
  static SectionReport section(boolean miniZ, boolean mbi2, List<Map<String, String>> rows) {
    List<Instrument> instruments = instruments(miniZ, mbi2);
    Questionnaire questionnaire = new Questionnaire(instruments);
    ReportEngine engine = new ReportEngine(instruments, Map.of(), new SmallCellRule(5));
    for (Map<String, String> row : rows) {
      engine.accept(answers(questionnaire, row));
    }
    Report report = engine.finish();
    assertEquals(rows.size(), report.responses());
    SectionReport section = report.sections().stream()
        .filter(s -> s.instrument().equals("covid19-impact")).findFirst().orElseThrow();
    assertFalse(section.isFailed(), section.error());
    return section;
  }

  static Statistic statistic(SectionReport section, String key) {
    Statistic statistic = section.statisticsByKey().get(key);
    if (statistic == null) {
      throw new AssertionError("no statistic " + key + " in " + section.statisticsByKey().keySet());
    }
    return statistic;
  }

  static double value(SectionReport section, String key) {
    return statistic(section, key).value();
  }
}
