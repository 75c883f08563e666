/**
 * The database: which one (embedded H2 under {@code JOY_DATA_DIR} by default, PostgreSQL by {@code
 * JOY_DB_URL}), its schema (Flyway migrations in {@code db/migration}) and the start-up sequence
 * that migrates it before anything else runs.
 */
package org.joysurvey.persistence;
