package org.joysurvey.spi;

import java.util.Objects;
import java.util.Set;

/**
 * A condition for showing an item: another item of the same instrument (short code) was answered
 * with one of the given option codes (for multi and ranked items: one of them was chosen). A hidden
 * item is skipped; an answer to it is rejected.
 */
public record ShownIf(String item, Set<String> anyOf) {

  public ShownIf {
    Objects.requireNonNull(item, "The item a condition depends on is required.");
    anyOf = Set.copyOf(anyOf);
    if (anyOf.isEmpty()) {
      throw new IllegalArgumentException("A condition needs at least one option code.");
    }
  }
}
