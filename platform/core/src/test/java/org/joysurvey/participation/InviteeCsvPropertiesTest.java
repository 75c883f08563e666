package org.joysurvey.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.joysurvey.interchange.SpreadsheetCells;
import org.joysurvey.problem.Problem;
import org.joysurvey.testing.HostileAnswers;
import org.joysurvey.testing.Tries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad invitee lists: whatever the file holds, {@link InviteeCsv} hands on only addresses that the
 * rule accepts, exactly as written (domain lower-cased), or refuses the file with rows named; it
 * never throws and never takes long.
 */
class InviteeCsvPropertiesTest {

  private static final Duration BOUND = Duration.ofSeconds(5);

  private record Read(InviteeCsv.Result result, List<String> added) {}

  private static Read read(String csv) {
    return assertTimeoutPreemptively(
        BOUND,
        () -> {
          List<String> added = new ArrayList<>();
          InviteeCsv.Result result = InviteeCsv.read(new StringReader(csv), k -> false, added::add);
          return new Read(result, added);
        });
  }

  private static String address(Random random) {
    StringBuilder local = new StringBuilder();
    for (int i = random.nextInt(1, 9); i > 0; i--) {
      int letter = random.nextInt(52);
      local.append((char) (letter < 26 ? 'a' + letter : 'A' + letter - 26));
    }
    return local + "@example.org";
  }

  /**
   * A header (or none) and up to 8 lines: mostly addresses (5 in 8), some after a hostile piece,
   * some only hostile text; now and then a line changed (deleted, duplicated, swapped characters).
   */
  private static String file(Random random) {
    String header = HostileAnswers.oneOf(random, List.of("email\r\n", "\uFEFFEmail,name\r\n", ""));
    List<String> lines = new ArrayList<>();
    for (int i = random.nextInt(9); i > 0; i--) {
      int pick = random.nextInt(8);
      String line =
          pick < 5
              ? address(random)
              : pick < 7
                  ? HostileAnswers.text(random, 2) + address(random)
                  : HostileAnswers.text(random, 6);
      lines.add(random.nextInt(10) == 0 ? HostileAnswers.mutate(random, line) : line);
    }
    return header + String.join("\r\n", lines);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {301, 302, 303, 304})
  void onlyAcceptedAddressesAreAddedAndOnlyFromAFileWithoutProblems(long seed) {
    Tries.run(
        seed,
        100,
        (random, where) -> {
          String csv = file(random);
          Read read = read(csv);
          if (!read.result().accepted()) {
            assertEquals(0, read.result().added(), where);
            for (Problem p : read.result().problems()) {
              assertTrue(p.toString().length() < 1_000, where + ": " + p);
            }
          } else {
            assertEquals(read.added().size(), read.result().added(), where);
          }
          for (String address : read.added()) {
            assertEquals(Optional.of(address), EmailAddresses.normalize(address), where);
            assertTrue(
                address.chars().noneMatch(c -> c < 0x20 || c == 0xFFFD), where + ": " + address);
          }
        });
  }

  @Test
  void anAddressWithANulByteIsRefusedWithItsRow() {
    Read read = read("email\r\na\u0000b@example.org\r\n");
    assertFalse(read.result().accepted());
    assertEquals(1L, read.result().problems().get(0).row());
    assertEquals(List.of(), read.added());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedAsSuch() {
    Read read = read("email\r\nj\uFFFDrg@example.org\r\n");
    assertEquals(
        List.of(
            new Problem(
                1L,
                "email",
                "holds U+FFFD, the mark of bytes that are not UTF-8: save the file as UTF-8")),
        read.result().problems());
  }

  @Test
  void anAddressNeutralisedByTheIncentiveExportReadsAsItWas() {
    String exported = SpreadsheetCells.neutralise("=x@example.org");
    assertEquals("'=x@example.org", exported);
    assertEquals(List.of("=x@example.org"), read("email\r\n" + exported + "\r\n").added());
    assertEquals(List.of("'ok@example.org"), read("email\r\n'ok@example.org\r\n").added());
  }
}
