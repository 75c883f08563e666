package org.joysurvey.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How item codes become Stata and SPSS names. */
class VariableNamesTest {

  @Test
  void anItemCodeLosesTheHyphensOfItsInstrumentAndItsDot() {
    VariableNames names = new VariableNames();
    assertEquals("miniz_q1", names.forCode("mini-z.q1"));
    assertEquals("mbi2_ee", names.forCode("mbi-2.ee"));
    assertEquals("d_miniz_burnout", names.forCode("d", "mini-z.burnout"));
    assertEquals("wellness_used_self_pay", names.withSuffix("wellness_used", "self-pay"));
  }

  @Test
  void aNameTooLongIsCutAndATakenOneNumbered() {
    VariableNames names = new VariableNames();
    String first = names.forCode("engagement-drivers.recognition_for_good_work_a");
    String second = names.forCode("engagement-drivers.recognition_for_good_work_b");
    assertEquals("engagementdrivers_recognition_fo", first);
    assertEquals("engagementdrivers_recognition_2", second);
    assertEquals("miniz_x", names.forCode("mini-z.x"));
    assertEquals("miniz_x_2", names.unique("MINIZ_X"), "SPSS compares names without case");
    assertEquals("with_2", names.unique("with"), "a reserved word");
    assertEquals("v_2020", names.unique("2020"));
  }
}
