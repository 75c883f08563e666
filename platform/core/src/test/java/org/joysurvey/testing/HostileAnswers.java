package org.joysurvey.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.questionnaire.QuestionnaireItem;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;

/**
 * Generators of answers and text for the property tests of the input readers: cells of every item
 * type, valid or not, and texts built from what breaks readers (formula starts, quotes, separators,
 * line ends, NUL, byte-order marks, surrogate pairs, long runs).
 */
public final class HostileAnswers {

  /** Pieces of text; a generated text is a run of them. No U+FFFD: see docs/security.md. */
  private static final List<String> PIECES =
      List.of(
          "a",
          "Z",
          " ",
          "1",
          "-3",
          "=",
          "+",
          "-",
          "@",
          "'",
          "''",
          "\t",
          "\r",
          "\n",
          "\r\n",
          "\"",
          "\"\"",
          ",",
          ";",
          "\u0000",
          "\uFEFF",
          "ä",
          "日本",
          "\uD83D\uDE00",
          "=SUM(A1:A2)",
          "=cmd|' /C calc'!A0",
          "\\",
          "\\u0041",
          "{",
          "}",
          "[",
          "]",
          "_");

  private HostileAnswers() {}

  /** A text of up to {@code pieces} pieces, never containing U+FFFD. */
  public static Arbitrary<String> text(int pieces) {
    return Arbitraries.of(PIECES).list().ofMaxSize(pieces).map(l -> String.join("", l));
  }

  /** One cell for the item: mostly a well-formed answer, sometimes not one. */
  public static Arbitrary<String> cell(Item item) {
    List<String> codes = item.options().stream().map(Option::code).toList();
    Arbitrary<String> wellFormed =
        switch (item.type()) {
          case SINGLE, YES_NO, LIKERT -> Arbitraries.of(codes);
          case MULTI, RANKED -> Arbitraries.subsetOf(codes).map(s -> String.join(";", s));
          case NUMBER ->
              Combinators.combine(
                      Arbitraries.longs().between(-1_000_000, 1_000_000),
                      Arbitraries.integers().between(0, 3))
                  .as((unscaled, scale) -> java.math.BigDecimal.valueOf(unscaled, scale))
                  .map(java.math.BigDecimal::toPlainString);
          case TEXT -> text(12);
        };
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, wellFormed),
        net.jqwik.api.Tuple.of(2, Arbitraries.just("")),
        net.jqwik.api.Tuple.of(1, text(4)));
  }

  /** Cells for every item of the questionnaire, keyed by full code (empty = unanswered). */
  public static Arbitrary<Map<String, String>> cells(Questionnaire questionnaire) {
    List<QuestionnaireItem> items = questionnaire.items();
    List<Arbitrary<String>> cells = items.stream().map(i -> cell(i.item())).toList();
    return Combinators.combine(cells)
        .as(
            values -> {
              Map<String, String> map = new LinkedHashMap<>();
              for (int i = 0; i < items.size(); i++) {
                map.put(items.get(i).code(), values.get(i));
              }
              return map;
            });
  }
}
