package org.joysurvey.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.joysurvey.audit.AuditLog;
import org.joysurvey.edition.AccessMode;
import org.joysurvey.edition.EditionService;
import org.joysurvey.edition.EditionSetup;
import org.joysurvey.edition.NewEdition;
import org.joysurvey.interchange.CsvResponseReader;
import org.joysurvey.interchange.JsonAnswers;
import org.joysurvey.narrative.Narrative;
import org.joysurvey.narrative.NarrativeService;
import org.joysurvey.plugins.InstrumentRegistry;
import org.joysurvey.plugins.LoadedInstrument;
import org.joysurvey.publication.PublicationService;
import org.joysurvey.response.ResponseService;

/**
 * Seeds three demo editions of one survey into an empty database, so that a newcomer reads a
 * society's reports at once: the closed 2018 and 2020 editions, each with generated responses whose
 * figures lie near the published 2020 survey's ({@link DemoProfile}: 412 and 568 responses; the
 * 2018 edition leaves out covid19-impact) and each report published (version 1, by {@code
 * (anonymous)}, audited; 2020's compared with 2018's), and an open 2022 edition copied from 2020,
 * with a public link and no responses yet, for trying the form. By default only into the embedded
 * database ({@code JOY_DEMO=auto}); {@code true} or {@code false} force it either way. {@code
 * JOY_DEMO_RESPONSES} sets the number of responses of both closed editions.
 */
@ApplicationScoped
public class DemoEdition {

  public static final String TITLE = "Joy of Medicine (demo)";

  /** The closed, published editions, in order, and the open one copied from the last of them. */
  public static final List<Integer> PUBLISHED_YEARS = List.of(2018, 2020);

  public static final int OPEN_YEAR = 2022;

  /** The pandemic instrument is not in the 2018 edition, as there was no pandemic to ask about. */
  private static final Map<Integer, Set<String>> LEFT_OUT = Map.of(2018, Set.of("covid19-impact"));

  private static final String NOTE = "Demo: generated responses, not a real survey.";

  private static final Logger LOG = Logger.getLogger(DemoEdition.class.getName());

  @Inject
  @ConfigProperty(name = "joy.demo", defaultValue = "auto")
  private String demo;

  @Inject
  @ConfigProperty(name = "joy.db.embedded", defaultValue = "false")
  private boolean embedded;

  /** Unset: each year's profile says ({@code responses}). */
  @Inject
  @ConfigProperty(name = "joy.demo.responses")
  private Optional<Integer> responses;

  @Inject private EditionService editions;

  @Inject private ResponseService responseService;

  @Inject private InstrumentRegistry registry;

  @Inject private PublicationService publications;

  @Inject private NarrativeService narratives;

  /**
   * How many were invited to each demo survey, as a society that ran it by email outside the
   * platform would enter: 2020's as the model survey (568 of 5,420, a margin of error of 3.9
   * points); 2018's invented.
   */
  private static final Map<Integer, Long> INVITED = Map.of(2018, 5150L, 2020, 5420L);

  /**
   * Not one transaction: each edition is committed first, then its responses are added in their own
   * transaction, because they are written through JDBC (ResponseStore), which does not see rows JPA
   * has flushed but not committed.
   */
  public void seedIfWanted() {
    boolean wanted = demo.equals("true") || (demo.equals("auto") && embedded);
    if (!wanted || editions.count() > 0) {
      return;
    }
    List<String> installed = registry.installed().stream().map(LoadedInstrument::id).toList();
    StringBuilder seeded = new StringBuilder();
    long last = 0;
    for (int year : PUBLISHED_YEARS) {
      Set<String> leftOut = LEFT_OUT.getOrDefault(year, Set.of());
      List<String> instruments = installed.stream().filter(i -> !leftOut.contains(i)).toList();
      last =
          editions.create(
              new NewEdition(year, TITLE, instruments, Map.of(), "open", null), AuditLog.ANONYMOUS);
      int stored = addResponses(last, year, DemoProfile.forYear(year));
      editions.changeStatus(last, "closed", AuditLog.ANONYMOUS);
      // the narrative first: a publication freezes the narrative it is published with
      narratives.save(last, narrative(year, instruments), INVITED.get(year), AuditLog.ANONYMOUS);
      // the report is frozen as it stands; the earlier year's is already in, so 2020 is compared
      publications.publish(last, NOTE, AuditLog.ANONYMOUS);
      seeded.append(year).append(" (id ").append(last).append(", closed and published, ");
      seeded.append(stored).append(" responses), ");
    }
    // next survey, as a society starts it: copied from the last one, so the same instruments
    long open = editions.copy(last, OPEN_YEAR, null, AuditLog.ANONYMOUS);
    // answerable from the start page at once, without sending invitations
    editions.setAccessMode(open, AccessMode.OPEN_LINK, AuditLog.ANONYMOUS);
    editions.changeStatus(open, "open", AuditLog.ANONYMOUS);
    seeded.append("and ").append(OPEN_YEAR).append(" (id ").append(open).append(", open)");
    LOG.info(() -> "Seeded the demo editions '" + TITLE + "': " + seeded + ".");
  }

  /** The year's demo narrative as the narrative service stores it. */
  static Narrative narrative(int year, List<String> instruments) {
    Map<String, String> blocks = DemoNarrative.forYear(year, instruments);
    Map<String, String> chapters = new java.util.LinkedHashMap<>();
    for (String id : instruments) {
      if (blocks.containsKey(id)) {
        chapters.put(id, blocks.get(id));
      }
    }
    return new Narrative(
        blocks.get(DemoNarrative.INTRODUCTION),
        blocks.get("conclusion"),
        blocks.get("recommendations"),
        blocks.get("appendices"),
        chapters);
  }

  private int addResponses(long editionId, int year, DemoProfile profile) {
    // the profile's seed draws the responses that land nearest its targets
    EditionSetup setup = editions.setup(editionId).orElseThrow();
    SyntheticResponses generator =
        new SyntheticResponses(setup.questionnaire(), profile.seed(), 0.03, profile);
    int count = responses.orElse(profile.responses());
    // over four weeks from the first of October, as the society's surveys ran
    LocalDate firstDay = LocalDate.of(year, 10, 1);
    JsonArrayBuilder batch = Json.createArrayBuilder();
    for (int i = 0; i < count; i++) {
      batch.add(
          Json.createObjectBuilder(JsonAnswers.toJson(generator.next()))
              .add(CsvResponseReader.SUBMITTED_ON, firstDay.plusDays(i % 28).toString()));
    }
    return responseService.addJson(editionId, batch.build());
  }
}
