/**
 * Real processes for the tests that need more than one Arquillian-managed server: Payara Micro
 * instances started from the built WAR (and killed with SIGKILL), and a PostgreSQL server of the
 * test's own that it may stop and restart without disturbing the shared one.
 */
package org.joysurvey.processes;
