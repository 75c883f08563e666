package org.joysurvey.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionStatus;
import org.joysurvey.edition.EditionView;
import org.joysurvey.publication.Publication;
import org.joysurvey.publication.PublicationService;

/**
 * The start page: the surveys open now to anyone with the link, and the published reports (an
 * edition's live report is not public, so an edition without a publication is not listed there).
 */
@Named
@RequestScoped
public class HomeView {

  /** A published report as the start page lists it: its edition and its latest version. */
  public record PublishedEdition(EditionView edition, Publication latest) {}

  @Inject private EditionService editions;

  @Inject private PublicationService publications;

  private List<EditionView> all;
  private List<PublishedEdition> published;

  public List<EditionView> getAll() {
    if (all == null) {
      all = editions.list().stream().filter(e -> e.status() != EditionStatus.DRAFT).toList();
    }
    return all;
  }

  /** The editions with a published report, newest year first, each with its latest version. */
  public List<PublishedEdition> getPublished() {
    if (published == null) {
      Map<Long, Publication> latest = publications.latestByEdition();
      published =
          editions.list().stream()
              .filter(e -> latest.containsKey(e.id()))
              .sorted(Comparator.comparingInt(EditionView::year).reversed())
              .map(e -> new PublishedEdition(e, latest.get(e.id())))
              .toList();
    }
    return published;
  }

  /** Open surveys with a public link; a survey by invitation is reached from its emails only. */
  public List<EditionView> getOpen() {
    return getAll().stream()
        .filter(e -> e.status() == EditionStatus.OPEN && e.accessMode() == AccessMode.OPEN_LINK)
        .toList();
  }
}
