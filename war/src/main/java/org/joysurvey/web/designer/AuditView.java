package org.joysurvey.web.designer;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.joysurvey.audit.AuditEntry;
import org.joysurvey.audit.AuditLog;

/**
 * {@code designer/audit.xhtml} (admins only): the latest {@value #SHOWN} audit events, newest
 * first.
 */
@Named
@RequestScoped
public class AuditView {

  static final int SHOWN = 200;

  @Inject private AuditLog audit;

  private List<AuditEntry> entries;

  public List<AuditEntry> getEntries() {
    if (entries == null) {
      entries = audit.recent(SHOWN);
    }
    return entries;
  }
}
