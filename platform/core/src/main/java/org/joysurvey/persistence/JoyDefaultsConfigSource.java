package org.joysurvey.persistence;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Default database settings, derived from the other settings: embedded H2 in file mode under the
 * data directory unless {@code JOY_DB_URL} names another database, and the JDBC data source class
 * that matches the URL. Ordinal 50: environment variables and system properties override it.
 */
public class JoyDefaultsConfigSource implements ConfigSource {

  static final String H2_DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";
  static final String POSTGRES_DATA_SOURCE = "org.postgresql.ds.PGSimpleDataSource";

  @Override
  public Set<String> getPropertyNames() {
    return values().keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return values().get(propertyName);
  }

  @Override
  public String getName() {
    return "joy-survey-defaults";
  }

  @Override
  public int getOrdinal() {
    return 50;
  }

  private static Map<String, String> values() {
    String url = firstOf(System.getProperty("joy.db.url"), System.getenv("JOY_DB_URL"));
    Map<String, String> values = new HashMap<>();
    if (url == null) {
      // lazy execution streams a large result (a report reads every response) instead of
      // spooling it to a temporary file first
      url =
          "jdbc:h2:file:"
              + dataDirectory().resolve("joysurvey").toString().replace('\\', '/')
              + ";LAZY_QUERY_EXECUTION=TRUE";
      values.put("joy.db.url", url);
      // the embedded database is only reachable from this process; a fixed account is enough
      values.put("joy.db.user", "joy");
      values.put("joy.db.password", "joy");
    } else {
      values.put("joy.db.user", "postgres");
      values.put("joy.db.password", "-");
    }
    values.put(
        "joy.db.class", url.startsWith("jdbc:postgresql:") ? POSTGRES_DATA_SOURCE : H2_DATA_SOURCE);
    values.put("joy.db.embedded", Boolean.toString(url.startsWith("jdbc:h2:")));
    return values;
  }

  /**
   * {@code JOY_DATA_DIR}, else the system property {@code joy.data.dir}, else {@code ./data};
   * absolute.
   */
  public static Path dataDirectory() {
    String dir = firstOf(System.getenv("JOY_DATA_DIR"), System.getProperty("joy.data.dir"));
    return Path.of(dir == null ? "data" : dir).toAbsolutePath().normalize();
  }

  private static String firstOf(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    return b != null && !b.isBlank() ? b : null;
  }
}
