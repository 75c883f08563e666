package org.joysurvey.web.designer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.util.List;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionView;
import org.joysurvey.edition.NewEdition;
import org.joysurvey.edition.UnknownEditionException;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.problem.InputRejectedException;

/** {@code designer/editions.xhtml}: every edition, creating, copying, opening and closing them. */
@Named
@ViewScoped
public class EditionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EditionService editions;

  @Inject private InstrumentRegistry registry;

  private List<EditionView> list = List.of();
  private Integer year = Year.now().getValue();
  private String title;

  @PostConstruct
  void load() {
    list = editions.list();
  }

  /** Creates a draft; it starts with the first installed instrument, to be changed on its page. */
  public String create() {
    List<String> first = registry.installed().stream().map(LoadedInstrument::id).limit(1).toList();
    try {
      long id =
          editions.create(new NewEdition(year, title, first, null, null, null), Pages.actor());
      return "edition?faces-redirect=true&id=" + id;
    } catch (InputRejectedException e) {
      Pages.rejected(e);
      return null;
    }
  }

  /** A new draft from the most recent edition, for the year after it. */
  public String copyLatest() {
    if (list.isEmpty()) {
      Pages.error(null, "There is no edition to copy yet.");
      return null;
    }
    EditionView latest = list.get(0);
    try {
      long copy = editions.copy(latest.id(), null, null, Pages.actor());
      return "edition?faces-redirect=true&id=" + copy;
    } catch (InputRejectedException | UnknownEditionException e) {
      Pages.rejected(e);
      return null;
    }
  }

  public void open(long id) {
    status(id, "open", "opened");
  }

  public void close(long id) {
    status(id, "closed", "closed");
  }

  private void status(long id, String status, String done) {
    try {
      editions.changeStatus(id, status, Pages.actor());
      Pages.info("Edition " + id + " " + done + ".");
    } catch (InputRejectedException | UnknownEditionException e) {
      Pages.rejected(e);
    }
    list = editions.list();
  }

  public List<EditionView> getList() {
    return list;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
