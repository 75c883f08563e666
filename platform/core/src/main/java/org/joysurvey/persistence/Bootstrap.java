package org.joysurvey.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.joysurvey.demo.DemoEdition;
import org.joysurvey.security.AdminAccount;

/**
 * Start-up, in order: migrate the schema, make sure an admin account exists, seed the demo edition
 * into an empty embedded database. Each step is safe when several instances start at once: Flyway
 * locks the schema history, and the admin and demo rows have unique keys.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/joy",
    className = "${MPCONFIG=joy.db.class}",
    url = "${MPCONFIG=joy.db.url}",
    user = "${MPCONFIG=joy.db.user}",
    password = "${MPCONFIG=joy.db.password}",
    minPoolSize = 1,
    maxPoolSize = 32,
    // A connection is checked (Connection.isValid) before the pool hands it out, and the first one
    // found dead closes them all: after the database restarts, the instance gets new connections
    // by itself instead of failing on the dead ones (docs/deployment.md, DatabaseRestartIT).
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname="
          + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
public class Bootstrap {

  private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

  @Resource(lookup = "java:app/jdbc/joy")
  private DataSource dataSource;

  @Inject private AdminAccount adminAccount;

  @Inject private DemoEdition demoEdition;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void start() {
    var result =
        Flyway.configure(Bootstrap.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    // Another instance starting at the same moment may win either race; its rows are as good.
    try {
      adminAccount.ensureExists();
    } catch (RuntimeException e) {
      LOG.log(
          java.util.logging.Level.WARNING,
          "The admin account was not created here (another instance may have created it)",
          e);
    }
    try {
      demoEdition.seedIfWanted();
    } catch (RuntimeException e) {
      LOG.log(java.util.logging.Level.WARNING, "The demo edition was not seeded here", e);
    }
  }
}
