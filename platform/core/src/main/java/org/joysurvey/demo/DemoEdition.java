package org.joysurvey.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.NewEdition;
import org.joysurvey.interchange.CsvResponseReader;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.publication.PublicationService;
import org.joysurvey.response.ResponseService;

/**
 * Seeds two demo editions with every installed instrument and a few hundred generated responses
 * each into an empty database: a closed 2018 edition whose report is published (version 1, by
 * {@code (anonymous)}, audited), so that a newcomer reads a public report at once, and the open
 * 2020 edition with a public link, whose report is compared with 2018's and which visitors see as
 * "not published yet". By default only into the embedded database ({@code JOY_DEMO=auto}); {@code
 * true} or {@code false} force it either way.
 */
@ApplicationScoped
public class DemoEdition {

  public static final String TITLE = "Joy of Medicine (demo)";

  private static final Logger LOG = Logger.getLogger(DemoEdition.class.getName());
  private static final long SEED = 2020;
  private static final long SEED_2018 = 2018;

  @Inject
  @ConfigProperty(name = "joy.demo", defaultValue = "auto")
  private String demo;

  @Inject
  @ConfigProperty(name = "joy.db.embedded", defaultValue = "false")
  private boolean embedded;

  @Inject
  @ConfigProperty(name = "joy.demo.responses", defaultValue = "300")
  private int responses;

  @Inject private EditionService editions;

  @Inject private ResponseService responseService;

  @Inject private InstrumentRegistry registry;

  @Inject private PublicationService publications;

  /**
   * Not one transaction: the edition is committed first, then the responses are added in their own
   * transaction, because they are written through JDBC (ResponseStore), which does not see rows JPA
   * has flushed but not committed.
   */
  public void seedIfWanted() {
    boolean wanted = demo.equals("true") || (demo.equals("auto") && embedded);
    if (!wanted || editions.count() > 0) {
      return;
    }
    List<String> instruments = registry.installed().stream().map(LoadedInstrument::id).toList();
    // 2018 first: closed with its responses, then published as it stands
    long earlier =
        editions.create(
            new NewEdition(2018, TITLE, instruments, Map.of(), "open", null), AuditLog.ANONYMOUS);
    int stored2018 = addResponses(earlier, SEED_2018, LocalDate.of(2018, 10, 1));
    editions.changeStatus(earlier, "closed", AuditLog.ANONYMOUS);
    publications.publish(earlier, "Demo: generated responses.", AuditLog.ANONYMOUS);

    long id =
        editions.create(
            new NewEdition(2020, TITLE, instruments, Map.of(), "open", null), AuditLog.ANONYMOUS);
    // answerable from the start page at once, without sending invitations
    editions.setAccessMode(id, org.joysurvey.edition.AccessMode.OPEN_LINK, AuditLog.ANONYMOUS);
    int stored = addResponses(id, SEED, LocalDate.of(2020, 10, 1));
    LOG.info(
        () ->
            "Seeded the demo editions '"
                + TITLE
                + "': 2018 (id "
                + earlier
                + ", closed and published) with "
                + stored2018
                + " and 2020 (id "
                + id
                + ", open) with "
                + stored
                + " generated responses.");
  }

  private int addResponses(long editionId, long seed, LocalDate firstDay) {
    EditionSetup setup = editions.setup(editionId).orElseThrow();
    SyntheticResponses generator = new SyntheticResponses(setup.questionnaire(), seed, 0.03);
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 0; i < responses; i++) {
      batch.add(
          Json.createObjectBuilder(JsonAnswers.toJson(generator.next()))
              .add(CsvResponseReader.SUBMITTED_ON, firstDay.plusDays(i % 28).toString()));
    }
    return responseService.addJson(editionId, batch.build());
  }
}
