package org.joysurvey.participation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.joysurvey.problem.Problem;
import org.junit.jupiter.api.Test;

class InviteeCsvTest {

  private final List<String> stored = new ArrayList<>();

  private InviteeCsv.Result read(String csv, String... invited) {
    Set<String> already = Set.of(invited);
    return InviteeCsv.read(new StringReader(csv), already::contains, stored::add);
  }

  @Test
  void aFileWithoutHeaderIsOneAddressARow() {
    InviteeCsv.Result result = read("ann@example.org\r\nbob@example.org\n");
    assertTrue(result.accepted(), result.problems().toString());
    assertEquals(2, result.added());
    assertEquals(List.of("ann@example.org", "bob@example.org"), stored);
  }

  @Test
  void aHeaderNamesTheColumnOfAddressesAndOtherColumnsAreIgnored() {
    InviteeCsv.Result result =
        read(
            "\uFEFFName,E-mail note,EMAIL\n"
                + "Ann,work,ann@example.org\n"
                + "\"Bob, Jr\",,bob@example.org\n");
    assertTrue(result.accepted(), result.problems().toString());
    assertEquals(List.of("ann@example.org", "bob@example.org"), stored);
  }

  @Test
  void addressesAreTrimmedAndTheirDomainLowerCased() {
    read("email\n  Ann.Smith@Example.ORG  \n");
    assertEquals(List.of("Ann.Smith@example.org"), stored);
  }

  @Test
  void everyBadRowIsReportedWithItsNumberAndNothingIsHandedOnAfterTheFirstProblem() {
    InviteeCsv.Result result =
        read("email\nann@example.org\nnot an address\n\nbob@example\ncarol@example.org\n@x.org\n");
    assertFalse(result.accepted());
    assertEquals(0, result.added(), "a rejected file adds nobody");
    assertEquals(
        List.of(2L, 3L, 5L),
        result.problems().stream().map(Problem::row).toList(),
        result.problems().toString());
    assertTrue(result.problems().stream().allMatch(p -> "email".equals(p.column())));
    assertTrue(
        result
            .problems()
            .get(1)
            .message()
            .equals("'bob@example' is not an email address (expected name@example.org)"),
        result.problems().toString());
    assertEquals(
        List.of("ann@example.org"),
        stored,
        "rows after the first problem are checked, not handed on");
  }

  @Test
  void withoutHeaderARowOfSeveralCellsIsReported() {
    InviteeCsv.Result result =
        read(
            "ann@example.org\n"
                + "bob@example.org;carol@example.org\n"
                + "dan@example.org,eve@example.org\n");
    assertEquals(
        List.of(2L, 3L),
        result.problems().stream().map(Problem::row).toList(),
        result.problems().toString());
    assertTrue(
        result.problems().get(0).message().contains("is not an email address"),
        "a semicolon is no separator");
    assertTrue(result.problems().get(1).message().contains("has 2 cells"));
  }

  @Test
  void aRowWithoutAddressUnderAHeaderIsReported() {
    InviteeCsv.Result result = read("name,email\nAnn,\nBob\n");
    assertEquals(List.of(1L, 2L), result.problems().stream().map(Problem::row).toList());
    assertEquals("an email address is required", result.problems().get(0).message());
  }

  @Test
  void repeatedAddressesIgnoringCaseAreSkippedAndCounted() {
    InviteeCsv.Result result =
        read("ann@example.org\nANN@Example.org\nbob@example.org\nann@example.org\n");
    assertTrue(result.accepted());
    assertEquals(2, result.added());
    assertEquals(2, result.repeated());
    assertEquals(List.of("ann@example.org", "bob@example.org"), stored);
  }

  @Test
  void alreadyInvitedAddressesAreSkippedAndCounted() {
    InviteeCsv.Result result = read("Ann@example.org\nbob@example.org\n", "ann@example.org");
    assertTrue(result.accepted());
    assertEquals(1, result.added());
    assertEquals(1, result.alreadyInvited());
    assertEquals(List.of("bob@example.org"), stored);
  }

  @Test
  void anEmptyFileOrAHeaderAloneIsRefused() {
    assertEquals("the file holds no email address", read("").problems().get(0).message());
    assertEquals("the file holds no email address", read("email\n\n").problems().get(0).message());
    assertEquals("the file holds no email address", read("email\n,\n").problems().get(0).message());
  }

  @Test
  void malformedQuotingIsReportedNotThrown() {
    InviteeCsv.Result result = read("email\n\"ann@example.org\n");
    assertFalse(result.accepted());
    assertTrue(
        result.problems().get(0).message().startsWith("the file could not be read as CSV"),
        result.problems().toString());
  }

  @Test
  void aLongFileIsStreamedAndItsProblemsAreCapped() {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      csv.append("bad").append(i).append('\n');
    }
    InviteeCsv.Result result = read(csv.toString());
    assertEquals(InviteeCsv.MAX_PROBLEMS + 1, result.problems().size());
  }
}
