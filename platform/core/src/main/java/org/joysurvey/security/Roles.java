package org.joysurvey.security;

import java.util.List;

/**
 * The roles of platform users. A user has one or more. What each may do through the API is declared
 * on the REST resources (see docs/api.md, "Roles").
 */
public final class Roles {

  /** Manages users and reads the audit log; may also do everything a designer or analyst may do. */
  public static final String ADMIN = "admin";

  /** Creates editions and adds or imports their responses. */
  public static final String DESIGNER = "designer";

  /** Reads reports and exports responses. */
  public static final String ANALYST = "analyst";

  /** Every role, in the order the docs list them. */
  public static final List<String> ALL = List.of(ADMIN, DESIGNER, ANALYST);

  private Roles() {}
}
