package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;

/**
 * The start page: the surveys open now to anyone with the link, and the reports of every edition
 * that is not a draft.
 */
@Named
@RequestScoped
public class HomeView {

  @Inject private EditionService editions;

  private List<EditionView> all;

  public List<EditionView> getAll() {
    if (all == null) {
      all = editions.list().stream().filter(e -> e.status() != EditionStatus.DRAFT).toList();
    }
    return all;
  }

  /** Open surveys with a public link; a survey by invitation is reached from its emails only. */
  public List<EditionView> getOpen() {
    return getAll().stream()
        .filter(e -> e.status() == EditionStatus.OPEN && e.accessMode() == AccessMode.OPEN_LINK)
        .toList();
  }
}
