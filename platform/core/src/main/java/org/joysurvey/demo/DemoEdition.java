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
import org.joysurvey.response.ResponseService;

/**
 * Seeds an open demo edition with every installed instrument and a few hundred generated responses
 * into an empty database: by default only the embedded one ({@code JOY_DEMO=auto}); {@code true} or
 * {@code false} force it either way.
 */
@ApplicationScoped
public class DemoEdition {

  public static final String TITLE = "Joy of Medicine (demo)";

  private static final Logger LOG = Logger.getLogger(DemoEdition.class.getName());
  private static final long SEED = 2020;

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
    long id =
        editions.create(
            new NewEdition(2020, TITLE, instruments, Map.of(), "open", null), AuditLog.ANONYMOUS);
    // answerable from the start page at once, without sending invitations
    editions.setAccessMode(id, org.joysurvey.edition.AccessMode.OPEN_LINK, AuditLog.ANONYMOUS);
    EditionSetup setup = editions.setup(id).orElseThrow();
    SyntheticResponses generator = new SyntheticResponses(setup.questionnaire(), SEED, 0.03);
    JsonArrayBuilder batch = Json.createArrayBuilder();
    LocalDate firstDay = LocalDate.of(2020, 10, 1);
    for (int i = 0; i < responses; i++) {
      batch.add(
          Json.createObjectBuilder(JsonAnswers.toJson(generator.next()))
              .add(CsvResponseReader.SUBMITTED_ON, firstDay.plusDays(i % 28).toString()));
    }
    int stored = responseService.addJson(id, batch.build());
    LOG.info(
        () ->
            "Seeded the demo edition '"
                + TITLE
                + "' (id "
                + id
                + ") with "
                + stored
                + " generated responses.");
  }
}
