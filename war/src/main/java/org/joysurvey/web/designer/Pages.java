package org.joysurvey.web.designer;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.security.Principal;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.problem.InputRejectedException;
import org.joysurvey.problem.Problem;

/** What the designer pages share: the actor for the audit log and showing rejected input. */
final class Pages {

  private Pages() {}

  static String actor() {
    Principal principal = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
    return principal == null ? AuditLog.ANONYMOUS : principal.getName();
  }

  static void info(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
  }

  static void error(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  /** Every problem as a message: a general one, then one per problem naming its field. */
  static void rejected(RuntimeException e) {
    if (e instanceof InputRejectedException rejected) {
      error(null, rejected.getMessage());
      for (Problem p : rejected.problems()) {
        error(null, (p.column() == null ? "" : label(p.column()) + ": ") + p.message());
      }
    } else if (e instanceof UnknownEditionException) {
      error(null, "This edition no longer exists.");
    } else if (e instanceof org.joysurvey.security.UnknownUserException) {
      error(null, "There is no such user.");
    } else if (e instanceof org.joysurvey.security.UserExistsException) {
      error(null, "A user of that name exists already.");
    } else {
      throw e;
    }
  }

  private static String label(String column) {
    return switch (column) {
      case "year" -> "Year";
      case "title" -> "Title";
      case "instruments" -> "Instruments";
      case "status" -> "Status";
      case "name" -> "Name";
      case "logoUrl" -> "Logo address";
      case "primaryColour" -> "Colour";
      case "contact" -> "Contact";
      case "privacyStatement" -> "Privacy statement";
      case "introduction" -> "Introduction";
      case "username" -> "User name";
      case "password" -> "Password";
      case "roles" -> "Roles";
      default ->
          column.startsWith("settings.")
              ? "Setting " + column.substring("settings.".length())
              : column;
    };
  }
}
