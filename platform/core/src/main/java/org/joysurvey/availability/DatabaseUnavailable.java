package org.joysurvey.availability;

import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a failure means the database cannot be reached now (stopped, restarting, the network
 * cut), as opposed to a fault of the request or of the application. The web layer answers the first
 * kind with {@code 503} and {@code Retry-After} instead of {@code 500}: nothing of the request was
 * stored (its transaction never committed), and the same request will work once the database is
 * back, which the connection pool notices by itself ({@code Bootstrap}).
 *
 * <p>The failure reaches the application wrapped in the layers between: an EJB or a transactional
 * interceptor, JPA (EclipseLink's {@code DatabaseException}), the pool's "Error in allocating a
 * connection", down to the driver's {@link SQLException}. So the whole cause chain is searched, and
 * each {@link SQLException}'s chain of next exceptions.
 */
public final class DatabaseUnavailable {

  /**
   * The {@code Retry-After} of the refusal: a restart of PostgreSQL takes seconds, and a client
   * should not hammer it meanwhile.
   */
  public static final int RETRY_AFTER_SECONDS = 10;

  private static final int MAX_DEPTH = 50;

  /**
   * Payara's pool failing to hand out a connection, by name, so that the platform does not depend
   * on the server's connector classes.
   */
  private static final String POOLING_EXCEPTION =
      "com.sun.appserv.connectors.internal.api.PoolingException";

  private DatabaseUnavailable() {}

  /** Whether {@code failure}, or anything it wraps, says the database cannot be reached. */
  public static boolean isCauseOf(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return search(failure, seen, 0);
  }

  private static boolean search(Throwable t, Set<Throwable> seen, int depth) {
    if (t == null || depth > MAX_DEPTH || !seen.add(t)) {
      return false;
    }
    if (says(t)) {
      return true;
    }
    if (t instanceof SQLException sql && search(sql.getNextException(), seen, depth + 1)) {
      return true;
    }
    return search(t.getCause(), seen, depth + 1);
  }

  private static boolean says(Throwable t) {
    if (t instanceof SQLTransientConnectionException
        || t instanceof SQLNonTransientConnectionException) {
      return true;
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      // class 08: connection exception (refused, broken, failed); 57P01-57P03: PostgreSQL is
      // shutting down, crashed, or cannot take connections yet (starting up)
      return state.startsWith("08")
          || state.equals("57P01")
          || state.equals("57P02")
          || state.equals("57P03");
    }
    return t instanceof ResourceAllocationException
        || t.getClass().getName().equals(POOLING_EXCEPTION);
  }
}
