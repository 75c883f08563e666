package org.joysurvey.analysis;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.joysurvey.interchange.statfiles.Variable;

/**
 * Turns codes such as {@code mini-z.burnout} into names Stata and SPSS accept ({@code
 * miniz_burnout}): the instrument id without its hyphens, then {@code _} for every {@code .} and
 * {@code -}, at most 32 characters; a name already taken (or cut to one) gets {@code _2}, {@code
 * _3} ... Names are unique without regard to case, as SPSS compares them. One instance per export:
 * the same codes in the same order give the same names.
 */
final class VariableNames {

  static final int MAX = 32;

  private final Set<String> used = new HashSet<>();

  /** The name of a column of a full code ({@code <instrument>.<item>}). */
  String forCode(String fullCode) {
    return unique(base(fullCode));
  }

  /** {@code prefix_} and the name of a full code ({@code d_miniz_burnout}). */
  String forCode(String prefix, String fullCode) {
    return unique(prefix + "_" + base(fullCode));
  }

  private static String base(String fullCode) {
    int dot = fullCode.indexOf('.');
    return dot < 0
        ? fullCode
        : fullCode.substring(0, dot).replace("-", "") + "_" + fullCode.substring(dot + 1);
  }

  /** A name made of {@code base} and a suffix ({@code miniz_burnout} and {@code r1}). */
  String withSuffix(String base, String suffix) {
    return unique(base + "_" + suffix);
  }

  /** A name for this text, made valid and unique. */
  String unique(String text) {
    String name = clean(text);
    String candidate = name;
    for (int n = 2; !Variable.isValidName(candidate) || used.contains(lower(candidate)); n++) {
      String tail = "_" + n;
      candidate =
          name.substring(0, Math.min(name.length(), MAX - tail.length())).replaceAll("_+$", "")
              + tail;
    }
    used.add(lower(candidate));
    return candidate;
  }

  private static String clean(String text) {
    String name = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    name = name.replaceAll("_+", "_").replaceAll("^_+|_+$", "");
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      name = "v_" + name;
    }
    if (name.length() > MAX) {
      name = name.substring(0, MAX).replaceAll("_+$", "");
    }
    return name;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
