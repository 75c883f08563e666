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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joysurvey.interchange.SpreadsheetCells;
import org.joysurvey.problem.Problem;
import org.joysurvey.testing.HostileAnswers;

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

  @Provide
  Arbitrary<String> files() {
    Arbitrary<String> address =
        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(s -> s + "@example.org");
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, address),
            net.jqwik.api.Tuple.of(2, address.flatMap(a -> HostileAnswers.text(2).map(p -> p + a))),
            net.jqwik.api.Tuple.of(1, HostileAnswers.text(6)));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(1, Arbitraries.just("email\r\n")),
            net.jqwik.api.Tuple.of(1, Arbitraries.just("\uFEFFEmail,name\r\n")),
            net.jqwik.api.Tuple.of(1, Arbitraries.just("")))
        .flatMap(header -> line.list().ofMaxSize(8).map(l -> header + String.join("\r\n", l)));
  }

  @Property(tries = 400)
  void onlyAcceptedAddressesAreAddedAndOnlyFromAFileWithoutProblems(@ForAll("files") String csv) {
    Read read = read(csv);
    if (!read.result().accepted()) {
      assertEquals(0, read.result().added());
      for (Problem p : read.result().problems()) {
        assertTrue(p.toString().length() < 1_000, p.toString());
      }
    } else {
      assertEquals(read.added().size(), read.result().added());
    }
    for (String address : read.added()) {
      assertEquals(Optional.of(address), EmailAddresses.normalize(address));
      assertTrue(address.chars().noneMatch(c -> c < 0x20 || c == 0xFFFD), address);
    }
  }

  @Example
  void anAddressWithANulByteIsRefusedWithItsRow() {
    Read read = read("email\r\na\u0000b@example.org\r\n");
    assertFalse(read.result().accepted());
    assertEquals(1L, read.result().problems().get(0).row());
    assertEquals(List.of(), read.added());
  }

  @Example
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

  @Example
  void anAddressNeutralisedByTheIncentiveExportReadsAsItWas() {
    String exported = SpreadsheetCells.neutralise("=x@example.org");
    assertEquals("'=x@example.org", exported);
    assertEquals(List.of("=x@example.org"), read("email\r\n" + exported + "\r\n").added());
    assertEquals(List.of("'ok@example.org"), read("email\r\n'ok@example.org\r\n").added());
  }
}
