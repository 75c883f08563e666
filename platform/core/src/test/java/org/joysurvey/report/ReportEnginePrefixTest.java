package org.joysurvey.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.joysurvey.disclosure.SmallCellRule;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.ReportSection;
import org.joysurvey.spi.ScoredResponse;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.joysurvey.spi.Statistic;
import org.junit.jupiter.api.Test;

/** An instrument may publish only under its own id: it can never overwrite another's values. */
class ReportEnginePrefixTest {

  /** Publishes a derived variable and a statistic under the names it is given. */
  private static Instrument publishing(String id, String variable, String statistic) {
    return new Instrument() {
      @Override
      public InstrumentMetadata metadata() {
        return new InstrumentMetadata(id, "1", id, "", "");
      }

      @Override
      public List<Item> items() {
        return List.of(Item.yesNo("q", "Q?"));
      }

      @Override
      public DerivedVariables score(Answers answers, Settings settings) {
        return DerivedVariables.builder().put(variable, true).build();
      }

      @Override
      public SectionBuilder newReport(ReportContext context) {
        return new SectionBuilder() {
          long n;

          @Override
          public void accept(ScoredResponse response) {
            n++;
          }

          @Override
          public ReportSection build() {
            return ReportSection.builder(id).statistic(Statistic.count(statistic, "n", n)).build();
          }
        };
      }
    };
  }

  private static Report run(Instrument... instruments) {
    ReportEngine engine = new ReportEngine(List.of(instruments), Map.of(), new SmallCellRule(5));
    engine.accept(Answers.NONE);
    return engine.finish();
  }

  @Test
  void derivedVariableOutsideItsOwnIdFailsOnlyThatInstrument() {
    Report report =
        run(publishing("good", "good.flag", "good.n"), publishing("rogue", "good.flag", "rogue.n"));
    assertTrue(report.sections().get(1).isFailed());
    assertTrue(
        report.sections().get(1).error().contains("derived variable 'good.flag'"),
        report.sections().get(1).error());
    assertEquals(false, report.sections().get(0).isFailed());
  }

  @Test
  void statisticOutsideItsOwnIdFailsThatSection() {
    Report report =
        run(publishing("good", "good.flag", "good.n"), publishing("rogue", "rogue.flag", "good.n"));
    assertTrue(report.sections().get(1).isFailed());
    assertTrue(
        report.sections().get(1).error().contains("statistic 'good.n'"),
        report.sections().get(1).error());
    assertEquals(1.0, report.sections().get(0).statisticsByKey().get("good.n").value());
  }
}
