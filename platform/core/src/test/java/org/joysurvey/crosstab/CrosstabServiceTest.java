package org.joysurvey.crosstab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;
import org.joysurvey.questionnaire.Questionnaire;
import org.joysurvey.report.ReportService;
import org.joysurvey.spi.AnswerValue;
import org.joysurvey.spi.Answers;
import org.joysurvey.spi.DerivedVariable;
import org.joysurvey.spi.DerivedVariables;
import org.joysurvey.spi.Instrument;
import org.joysurvey.spi.InstrumentMetadata;
import org.joysurvey.spi.Item;
import org.joysurvey.spi.Option;
import org.joysurvey.spi.ReportContext;
import org.joysurvey.spi.SectionBuilder;
import org.joysurvey.spi.Settings;
import org.junit.jupiter.api.Test;

/**
 * The service over fixture responses, each table checked against counts taken independently from
 * the fixture's own description of each respondent (not through the service's readers).
 */
class CrosstabServiceTest {

  /** One fixture respondent as plain values; null = not answered. */
  private record Person(Integer burnout, String mode, String night) {}

  private static final String[] MODES = {"solo", "group", "hospital"};

  private final List<Person> people = new ArrayList<>();
  private final CrosstabService service = new CrosstabService();

  CrosstabServiceTest() {
    Random random = new Random(13L);
    for (int i = 0; i < 900; i++) {
      Integer burnout = random.nextDouble() < 0.05 ? null : 1 + random.nextInt(5);
      String mode = random.nextDouble() < 0.05 ? null : MODES[random.nextInt(3)];
      // nights more common among the burned out, so that the test has something to find
      double nightChance = burnout != null && burnout >= 3 ? 0.6 : 0.35;
      String night =
          random.nextDouble() < 0.1 ? null : random.nextDouble() < nightChance ? "yes" : "no";
      people.add(new Person(burnout, mode, night));
    }
    wire(5);
  }

  private void wire(int k) {
    wire(k, new ClinicInstrument());
  }

  private void wire(int k, Instrument instrument) {
    List<Instrument> instruments = List.of(instrument);
    EditionView edition =
        new EditionView(
            7,
            2024,
            "Clinic survey",
            EditionStatus.CLOSED,
            List.of(ClinicInstrument.ID),
            Map.of(),
            k,
            people.size(),
            0,
            AccessMode.OPEN_LINK);
    EditionSetup setup =
        new EditionSetup(edition, instruments, Map.of(), new Questionnaire(instruments), List.of());
    set(
        "editions",
        new EditionService() {
          @Override
          public Optional<EditionSetup> setup(long id) {
            return id == 7 ? Optional.of(setup) : Optional.empty();
          }
        });
    set(
        "reports",
        new ReportService() {
          @Override
          public void forEachAnswers(EditionSetup s, Consumer<Answers> each) {
            people.forEach(p -> each.accept(answers(p)));
          }
        });
  }

  private static Answers answers(Person p) {
    Map<String, AnswerValue> values = new HashMap<>();
    if (p.burnout() != null) {
      values.put("clinic.burnout", new AnswerValue.Scale(p.burnout()));
    }
    if (p.mode() != null) {
      values.put("clinic.mode", new AnswerValue.Choice(p.mode()));
    }
    if (p.night() != null) {
      values.put("clinic.night", new AnswerValue.Choice(p.night()));
    }
    values.put("clinic.tasks", new AnswerValue.Choices(List.of("a")));
    values.put("clinic.note", new AnswerValue.Text("fine"));
    return new Answers(values);
  }

  private void set(String name, Object value) {
    try {
      Field field = CrosstabService.class.getDeclaredField(name);
      field.setAccessible(true);
      field.set(service, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private Crosstab crosstab(String rows, String columns, String group) {
    return service.crosstab(7, rows, columns, group).orElseThrow();
  }

  /** The independent count: people by two category functions (null = not answered). */
  private long[][] expected(
      List<Person> who,
      Function<Person, Integer> row,
      int rows,
      Function<Person, Integer> column,
      int columns) {
    long[][] counts = new long[rows][columns];
    for (Person p : who) {
      Integer r = row.apply(p);
      Integer c = column.apply(p);
      if (r != null && c != null) {
        counts[r][c]++;
      }
    }
    return counts;
  }

  private static Integer modeIndex(Person p) {
    return p.mode() == null ? null : List.of(MODES).indexOf(p.mode());
  }

  private static Integer burnoutLevelIndex(Person p) {
    return p.burnout() == null ? null : p.burnout() - 1;
  }

  private static Integer burnedOutIndex(Person p) {
    return p.burnout() == null ? null : p.burnout() >= 3 ? 0 : 1;
  }

  private static Integer nightIndex(Person p) {
    return p.night() == null ? null : p.night().equals("yes") ? 0 : 1;
  }

  @Test
  void aScaleItemByASingleChoiceItemCountsThoseWhoAnsweredBoth() {
    Crosstab table = crosstab("clinic.burnout", "clinic.mode", null);
    long[][] expected =
        expected(
            people, CrosstabServiceTest::burnoutLevelIndex, 5, CrosstabServiceTest::modeIndex, 3);
    assertTableEquals(expected, table);
    assertEquals(
        List.of("None", "Some", "Yes", "Much", "All"),
        table.rows().categories().stream().map(CrosstabVariable.Category::label).toList());
    assertEquals("Where do you practise?", table.columns().label());
    long bothAnswered =
        people.stream().filter(p -> p.burnout() != null && p.mode() != null).count();
    assertEquals(bothAnswered, table.total().count());
    assertTrue(bothAnswered < people.size());
  }

  @Test
  void theChiSquareTestMatchesAnIndependentComputation() {
    Crosstab table = crosstab("clinic.burnout", "clinic.night", null);
    long[][] o =
        expected(
            people, CrosstabServiceTest::burnoutLevelIndex, 5, CrosstabServiceTest::nightIndex, 2);
    double n = 0;
    double[] rows = new double[5];
    double[] columns = new double[2];
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 2; c++) {
        rows[r] += o[r][c];
        columns[c] += o[r][c];
        n += o[r][c];
      }
    }
    double chi2 = 0;
    for (int r = 0; r < 5; r++) {
      for (int c = 0; c < 2; c++) {
        double e = rows[r] * columns[c] / n;
        chi2 += (o[r][c] - e) * (o[r][c] - e) / e;
      }
    }
    var test = table.tests().chiSquare();
    assertNull(table.tests().withheld());
    assertEquals(chi2, test.chiSquare(), 1e-9);
    assertEquals(4, test.degreesOfFreedom());
    assertEquals(
        1 - new ChiSquaredDistribution(4).cumulativeProbability(chi2), test.pValue(), 1e-9);
    assertEquals(Math.sqrt(chi2 / n), test.cramersV(), 1e-12);
    assertNull(table.tests().fisher(), "a 5x2 table has no Fisher test");
    assertTrue(test.pValue() < 0.05, "the fixture makes nights more common among the burned out");
  }

  @Test
  void aDerivedYesNoVariableIsCountedFromScoringAndGivesFishersTestForTwoByTwo() {
    Crosstab table = crosstab("derived:clinic.burnout", "clinic.night", null);
    long[][] expected =
        expected(
            people, CrosstabServiceTest::burnedOutIndex, 2, CrosstabServiceTest::nightIndex, 2);
    assertTableEquals(expected, table);
    assertEquals(
        List.of("yes", "no"),
        table.rows().categories().stream().map(CrosstabVariable.Category::code).toList());
    var fisher = table.tests().fisher();
    assertEquals(
        org.joysurvey.statistics.FisherExactTest.of(
                expected[0][0], expected[0][1], expected[1][0], expected[1][1])
            .pValue(),
        fisher.pValue(),
        1e-15);
  }

  @Test
  void aGroupRestrictsTheTableToItsRespondents() {
    Crosstab table = crosstab("clinic.burnout", "clinic.night", "clinic.mode:hospital");
    List<Person> hospital = people.stream().filter(p -> "hospital".equals(p.mode())).toList();
    assertTableEquals(
        expected(
            hospital,
            CrosstabServiceTest::burnoutLevelIndex,
            5,
            CrosstabServiceTest::nightIndex,
            2),
        table);
    assertEquals("clinic.mode:hospital", table.group().toString());
  }

  @Test
  void aGroupOrEveryoneElseBelowKIsRefused() {
    people.removeIf(p -> "solo".equals(p.mode()));
    for (int i = 0; i < 4; i++) {
      people.add(new Person(2, "solo", "no"));
    }
    InputRejectedException e =
        assertThrows(
            InputRejectedException.class,
            () -> crosstab("clinic.burnout", "clinic.night", "clinic.mode:solo"));
    assertEquals("group", e.problems().get(0).column());
    assertTrue(e.problems().get(0).message().contains("fewer than 5"), e.problems().toString());
  }

  @Test
  void everyProblemWithTheRequestIsNamedAtItsParameter() {
    assertProblems(
        () -> crosstab("clinic.note", "clinic.tasks", null),
        Map.of(
            "rows", "'clinic.note' is a text item",
            "columns", "'clinic.tasks' is a multi item"));
    assertProblems(
        () -> crosstab("clinic.hours", null, null),
        Map.of("rows", "'clinic.hours' is a number item", "columns", "name the variable"));
    assertProblems(
        () -> crosstab("clinic.mode", "clinic.mode", null),
        Map.of("columns", "the rows and the columns are both 'clinic.mode'"));
    assertProblems(
        () -> crosstab("clinic.nothing", "derived:clinic.level", null),
        Map.of(
            "rows",
            "this edition has no item 'clinic.nothing'",
            "columns",
            "no instrument of this edition derives a yes/no or categorical variable"
                + " 'clinic.level'"));
    assertProblems(
        () -> crosstab("clinic.mode", "clinic.night", "clinic.mode:clinic"),
        Map.of("group", "'clinic' is not a group of clinic.mode"));
    assertProblems(
        () -> crosstab("clinic.mode", "clinic.night", "nonsense"),
        Map.of("group", "write the group as <variable>:<group>"));
  }

  @Test
  void anUnknownEditionHasNoTableAndNoVariables() {
    assertTrue(service.crosstab(8, "clinic.mode", "clinic.night", null).isEmpty());
    assertTrue(service.variables(8).isEmpty());
  }

  @Test
  void theVariablesOfferedAreTheCategoricalItemsAndTheYesNoDerivedVariables() {
    List<CrosstabVariable> offered = service.variables(7).orElseThrow();
    assertEquals(
        List.of("clinic.burnout", "clinic.mode", "clinic.night", "derived:clinic.burnout"),
        offered.stream().map(CrosstabVariable::name).toList());
    assertEquals(
        List.of("likert", "single", "yes-no", "derived"),
        offered.stream().map(CrosstabVariable::type).toList());
    assertEquals("Clinic: burnout (derived, yes/no)", offered.get(3).label());
  }

  /** The clinic, declaring its derived variables (SPI 1.5). */
  private static Instrument declaringClinic() {
    Instrument clinic = new ClinicInstrument();
    return new Instrument() {
      @Override
      public InstrumentMetadata metadata() {
        return clinic.metadata();
      }

      @Override
      public List<Item> items() {
        return clinic.items();
      }

      @Override
      public List<DerivedVariable> derivedVariables() {
        return List.of(
            DerivedVariable.binary(
                "clinic.burnout", "Burned out", "Not burned out", "Burned out", "level 3 or more"),
            DerivedVariable.categorical(
                "clinic.level",
                "Burnout level",
                List.of(
                    Option.of("1", "None"),
                    Option.of("2", "Some"),
                    Option.of("3", "Yes"),
                    Option.of("4", "Much"),
                    Option.of("5", "All")),
                "the level answered"),
            DerivedVariable.categorical(
                "clinic.mode",
                "Practice mode",
                List.of(
                    Option.of("solo", "Solo practice"),
                    Option.of("group", "Group practice"),
                    Option.of("hospital", "Hospital")),
                "the answer to mode"),
            DerivedVariable.binary("clinic.night", "Works nights", "No", "Yes", "the answer"));
      }

      @Override
      public DerivedVariables score(Answers answers, Settings settings) {
        return clinic.score(answers, settings);
      }

      @Override
      public SectionBuilder newReport(ReportContext context) {
        return clinic.newReport(context);
      }
    };
  }

  @Test
  void aDeclaringInstrumentOffersItsBinaryAndCategoricalVariablesWithItsLabels() {
    wire(5, declaringClinic());
    List<CrosstabVariable> offered = service.variables(7).orElseThrow();
    assertEquals(
        List.of(
            "clinic.burnout",
            "clinic.mode",
            "clinic.night",
            "derived:clinic.burnout",
            "derived:clinic.level"),
        offered.stream().map(CrosstabVariable::name).toList(),
        "mode and night only repeat their items");
    CrosstabVariable burnedOut = offered.get(3);
    assertEquals("Burned out (derived)", burnedOut.label());
    assertEquals(
        List.of(
            new CrosstabVariable.Category("yes", "Burned out"),
            new CrosstabVariable.Category("no", "Not burned out")),
        burnedOut.categories());
    assertEquals(
        List.of("1", "2", "3", "4", "5"),
        offered.get(4).categories().stream().map(CrosstabVariable.Category::code).toList());
  }

  @Test
  void aDeclaredCategoricalVariableIsCountedFromScoring() {
    wire(5, declaringClinic());
    Crosstab table = crosstab("derived:clinic.level", "clinic.night", null);
    assertTableEquals(
        expected(
            people, CrosstabServiceTest::burnoutLevelIndex, 5, CrosstabServiceTest::nightIndex, 2),
        table);
    Crosstab flags = crosstab("derived:clinic.burnout", "clinic.night", null);
    assertTableEquals(
        expected(
            people, CrosstabServiceTest::burnedOutIndex, 2, CrosstabServiceTest::nightIndex, 2),
        flags);
  }

  @Test
  void aSmallCellIsWithheldWithItsComplementsAndTheTestsWithThem() {
    wire(5);
    people.removeIf(p -> "solo".equals(p.mode()) && "yes".equals(p.night()));
    for (int i = 0; i < 2; i++) {
      people.add(new Person(1, "solo", "yes"));
    }
    Crosstab table = crosstab("clinic.mode", "clinic.night", null);
    Crosstab.Figure small = table.cells().get(0).get(0);
    assertTrue(small.isWithheld());
    assertNull(small.count());
    assertEquals("fewer than 5 respondents", small.withheld());
    long withheld =
        table.cells().stream().flatMap(List::stream).filter(Crosstab.Figure::isWithheld).count();
    assertEquals(4, withheld, "a rectangle of four cells, so that the margins give none away");
    assertTrue(table.tests().isWithheld());
    assertNull(table.tests().chiSquare());
    assertFalse(table.total().isWithheld());
  }

  private static void assertTableEquals(long[][] expected, Crosstab table) {
    long n = 0;
    for (int r = 0; r < expected.length; r++) {
      long row = 0;
      for (int c = 0; c < expected[r].length; c++) {
        row += expected[r][c];
      }
      for (int c = 0; c < expected[r].length; c++) {
        long column = 0;
        for (long[] line : expected) {
          column += line[c];
        }
        Crosstab.Figure cell = table.cells().get(r).get(c);
        assertEquals(expected[r][c], cell.count(), "cell " + r + "," + c);
        assertEquals(100.0 * expected[r][c] / row, cell.rowPercent(), 1e-9);
        assertEquals(100.0 * expected[r][c] / column, cell.columnPercent(), 1e-9);
      }
      assertEquals(row, table.rowTotals().get(r).count());
      n += row;
    }
    assertEquals(n, table.total().count());
  }

  private static void assertProblems(Runnable call, Map<String, String> expected) {
    InputRejectedException e = assertThrows(InputRejectedException.class, call::run);
    assertEquals("The cross-tabulation was not made.", e.getMessage());
    Map<String, String> found = new HashMap<>();
    for (Problem p : e.problems()) {
      found.put(p.column(), p.message());
    }
    assertEquals(expected.keySet(), found.keySet(), e.problems().toString());
    expected.forEach(
        (field, start) ->
            assertTrue(found.get(field).startsWith(start), field + ": " + found.get(field)));
  }
}
