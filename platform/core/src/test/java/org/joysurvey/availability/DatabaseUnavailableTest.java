package org.joysurvey.availability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.spi.ResourceAllocationException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aRefusedOrBrokenConnectionDeepInTheCauseChainCounts() {
    // as the pool and JPA wrap PostgreSQL's "Connection to 127.0.0.1:5432 refused" (08001)
    SQLException driver = new SQLException("Connection refused", "08001");
    SQLException pool = new SQLException("Error in allocating a connection", null, driver);
    RuntimeException jpa = new RuntimeException("Exception [EclipseLink-4002]", pool);
    assertTrue(DatabaseUnavailable.isCauseOf(new IllegalStateException("EJB", jpa)));
    assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("I/O error", "08006")));
  }

  @Test
  void theConnectionExceptionTypesAndPostgresqlShuttingDownOrStartingCount() {
    assertTrue(DatabaseUnavailable.isCauseOf(new SQLTransientConnectionException("timed out")));
    assertTrue(DatabaseUnavailable.isCauseOf(new SQLNonTransientConnectionException("closed")));
    assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("terminating connection", "57P01")));
    assertTrue(DatabaseUnavailable.isCauseOf(new SQLException("starting up", "57P03")));
  }

  @Test
  void aConnectionFailureChainedAsTheNextExceptionOfABatchCounts() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "08006");
    SQLException outer = new SQLException("batch failed", "22000");
    outer.setNextException(batch);
    assertTrue(DatabaseUnavailable.isCauseOf(new RuntimeException(outer)));
  }

  @Test
  void aPoolThatCannotAllocateAConnectionCounts() {
    assertTrue(
        DatabaseUnavailable.isCauseOf(
            new RuntimeException(new ResourceAllocationException("no connection"))));
  }

  @Test
  void otherDatabaseFailuresAndApplicationFaultsDoNot() {
    assertFalse(
        DatabaseUnavailable.isCauseOf(
            new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23505"))));
    assertFalse(DatabaseUnavailable.isCauseOf(new SQLException("syntax error", "42601")));
    assertFalse(DatabaseUnavailable.isCauseOf(new SQLException("no state")));
    assertFalse(DatabaseUnavailable.isCauseOf(new NullPointerException()));
    assertFalse(DatabaseUnavailable.isCauseOf(null));
  }

  @Test
  void aCauseChainWithACycleEnds() {
    Cyclic a = new Cyclic();
    Cyclic b = new Cyclic();
    a.other = b;
    b.other = a;
    assertFalse(DatabaseUnavailable.isCauseOf(a));
  }

  private static final class Cyclic extends RuntimeException {
    private static final long serialVersionUID = 1L;
    Cyclic other;

    @Override
    public synchronized Throwable getCause() {
      return other;
    }
  }
}
