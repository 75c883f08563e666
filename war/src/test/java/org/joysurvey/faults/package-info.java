/**
 * Fault tests (issue 12): the only instance killed with SIGKILL during a large import, and the
 * database stopped and started again under load. Each starts its own Payara Micro and, where it
 * needs one, its own PostgreSQL ({@code org.joysurvey.processes}).
 */
package org.joysurvey.faults;
