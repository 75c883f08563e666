package org.joysurvey.web.externalplugin;

import java.math.BigDecimal;
import java.util.List;
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

/** A society's own instrument: on-call nights last month; "heavy" is more than 4. */
public class OnCallNights implements Instrument {

  @Override
  public InstrumentMetadata metadata() {
    return new InstrumentMetadata(
        "on-call", "1.0.0", "On-call load", "Nights on call last month.", "Society's own.");
  }

  @Override
  public List<Item> items() {
    return List.of(
        Item.number(
            "nights",
            "How many nights were you on call last month?",
            BigDecimal.ZERO,
            new BigDecimal("31")));
  }

  @Override
  public DerivedVariables score(Answers answers, Settings settings) {
    return answers
        .get("on-call.nights")
        .map(
            v ->
                DerivedVariables.builder()
                    .put(
                        "on-call.heavy",
                        ((org.joysurvey.spi.AnswerValue.Number) v).value().intValue() > 4)
                    .build())
        .orElse(DerivedVariables.NONE);
  }

  @Override
  public SectionBuilder newReport(ReportContext context) {
    return new SectionBuilder() {
      private long answered;
      private long heavy;

      @Override
      public void accept(ScoredResponse response) {
        response
            .derived()
            .flag("on-call.heavy")
            .ifPresent(
                h -> {
                  answered++;
                  heavy += h ? 1 : 0;
                });
      }

      @Override
      public ReportSection build() {
        return ReportSection.builder("On-call load")
            .statistic(
                Statistic.proportion(
                    "on-call.heavy_rate", "More than 4 nights on call", heavy, answered))
            .build();
      }
    };
  }
}
