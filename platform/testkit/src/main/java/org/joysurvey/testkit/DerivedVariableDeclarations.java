package org.joysurvey.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.Option;

/**
 * Checks an instrument's {@link Instrument#derivedVariables() declared derived variables} (SPI 1.5)
 * against what its {@link Instrument#score score} produces on many responses: the codebook and the
 * Stata/SPSS labels are written from the declarations, so they must describe the variables exactly.
 *
 * <pre>{@code
 * InstrumentTestKit kit = InstrumentTestKit.of(new SleepHours());
 * Map<String, Set<String>> seen = DerivedVariableDeclarations.assertDeclaredAsScored(
 *     kit, "sleep-hours", CohortFixture.rows("sleep-hours."));
 * }</pre>
 */
public final class DerivedVariableDeclarations {

  private DerivedVariableDeclarations() {}

  /**
   * Fails the test with an {@link AssertionError} that lists every problem unless the instrument's
   * declarations and its scoring of {@code rows} agree: each declared name is its own ({@code
   * <id>.<name>}), declared once, and produced for at least one row; every variable produced is
   * declared; a binary variable is only ever a {@link Boolean} (0/1), a categorical one only one of
   * its declared codes (a {@link String} or an {@link Integer}), a number an {@link Integer} or
   * {@link Double}, a text a {@link String}.
   *
   * @param kit an edition with the instrument (and its settings)
   * @param rows responses as text cells, best many (the cohort-200 fixture), so that every variable
   *     and code appears
   * @return the values seen, by variable name in the declarations' order (booleans as 0 and 1)
   */
  public static Map<String, Set<String>> assertDeclaredAsScored(
      InstrumentTestKit kit, String instrumentId, List<Map<String, String>> rows) {
    Instrument instrument =
        kit.instruments().stream()
            .filter(i -> i.metadata().id().equals(instrumentId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no instrument " + instrumentId + " in the kit"));
    List<DerivedVariable> declared = instrument.derivedVariables();
    if (declared == null) {
      throw new AssertionError(
          instrumentId + ": derivedVariables() returned null; return List.of() for none");
    }
    List<String> problems = new ArrayList<>();
    Map<String, DerivedVariable> byName = new LinkedHashMap<>();
    for (DerivedVariable variable : declared) {
      if (variable == null) {
        problems.add("a declared derived variable is null");
        continue;
      }
      if (!variable.name().startsWith(instrumentId + ".")) {
        problems.add(variable.name() + " is not named " + instrumentId + ".<name>");
      }
      if (byName.put(variable.name(), variable) != null) {
        problems.add(variable.name() + " is declared more than once");
      }
    }
    Map<String, Set<String>> seen = new LinkedHashMap<>();
    byName.keySet().forEach(name -> seen.put(name, new TreeSet<>()));
    Set<String> undeclared = new TreeSet<>();
    Set<String> wrong = new LinkedHashSet<>();
    var settings = kit.settings(instrumentId);
    for (Map<String, String> row : rows) {
      DerivedVariables scored = instrument.score(kit.read(row), settings);
      for (Map.Entry<String, Object> entry : scored.values().entrySet()) {
        String name = entry.getKey();
        Object value = entry.getValue();
        DerivedVariable variable = byName.get(name);
        if (variable == null) {
          undeclared.add(name);
          continue;
        }
        String code = value instanceof Boolean b ? (b ? "1" : "0") : String.valueOf(value);
        seen.get(name).add(code);
        String problem = mismatch(variable, value, code);
        if (problem != null) {
          wrong.add(name + " " + problem);
        }
      }
    }
    undeclared.forEach(name -> problems.add(name + " is produced by score but not declared"));
    problems.addAll(wrong);
    seen.forEach(
        (name, values) -> {
          if (values.isEmpty()) {
            problems.add(name + " is declared but score never produced it on these responses");
          }
        });
    if (!problems.isEmpty()) {
      throw new AssertionError(
          instrumentId
              + ": derived variables declared otherwise than scored: "
              + String.join("; ", problems));
    }
    return seen;
  }

  private static String mismatch(DerivedVariable variable, Object value, String code) {
    return switch (variable.type()) {
      case BINARY -> value instanceof Boolean ? null : "is binary but was " + describe(value);
      case CATEGORICAL -> {
        if (!(value instanceof String || value instanceof Integer)) {
          yield "is categorical but was " + describe(value);
        }
        boolean declaredCode = variable.values().stream().map(Option::code).anyMatch(code::equals);
        yield declaredCode
            ? null
            : "took the code "
                + code
                + ", not one of "
                + variable.values().stream().map(Option::code).toList();
      }
      case NUMBER ->
          value instanceof Integer || value instanceof Double
              ? null
              : "is a number but was " + describe(value);
      case TEXT -> value instanceof String ? null : "is text but was " + describe(value);
    };
  }

  private static String describe(Object value) {
    return "the " + value.getClass().getSimpleName() + " " + value;
  }
}
