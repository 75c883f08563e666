package org.joysurvey.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.joysurvey.problem.Problem;
import org.junit.jupiter.api.Test;

class UserRulesTest {

  @Test
  void userNamesAreLowerCaseLettersDigitsAndDotUnderscoreHyphen() {
    for (String good : List.of("bob", "jo", "ann.lee", "dr_smith-2", "a" + "b".repeat(63))) {
      assertEquals(List.of(), UserRules.username(good), good);
    }
    List<String> bad =
        new ArrayList<>(
            List.of(
                "", "b", "Bob", "2bob", ".bob", "bob smith", "bob:x", "böb", "a" + "b".repeat(64)));
    bad.add(null);
    for (String name : bad) {
      List<Problem> problems = UserRules.username(name);
      assertEquals(1, problems.size(), "'" + name + "' should be refused");
      assertEquals("username", problems.get(0).column());
    }
  }

  @Test
  void passwordNeedsTwelveCharacters() {
    assertEquals(List.of(), UserRules.password("twelve-chars"));
    assertTrue(
        UserRules.password("eleven-char")
            .get(0)
            .message()
            .contains("at least 12 characters, has 11"));
    assertEquals(1, UserRules.password(null).size());
    assertEquals(
        List.of(),
        UserRules.password("😀".repeat(12)),
        "characters, not UTF-16 units, are counted");
    assertEquals(1, UserRules.password("😀".repeat(6)).size(), "6 characters in 12 UTF-16 units");
    assertEquals(1, UserRules.password("x".repeat(1025)).size());
  }

  @Test
  void rolesMustBeKnownAndListedOnce() {
    assertEquals(List.of(), UserRules.roles(List.of("designer", "analyst")));
    assertEquals(1, UserRules.roles(List.of()).size());
    assertEquals(1, UserRules.roles(null).size());
    List<Problem> problems = UserRules.roles(Arrays.asList("analyst", "root", "analyst"));
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).message().contains("'root' is not one of admin, designer, analyst"),
        problems.toString());
    assertTrue(
        problems.get(1).message().contains("'analyst' is listed twice"), problems.toString());
  }

  @Test
  void builtInAdminKeepsTheAdminRole() {
    assertEquals(List.of(), UserRules.rolesOf("admin", List.of("admin", "analyst")));
    List<Problem> problems = UserRules.rolesOf("admin", List.of("analyst"));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("always keeps the role admin"));
    assertEquals(
        List.of(), UserRules.rolesOf("carol", List.of("analyst")), "other users may lose admin");
  }

  @Test
  void rolesAreStoredInTheDocumentedOrder() {
    AppUser user = new AppUser("bob", "hash", Set.of("analyst", "admin", "designer"));
    assertEquals(List.of("admin", "designer", "analyst"), List.copyOf(user.getRoles()));
  }
}
