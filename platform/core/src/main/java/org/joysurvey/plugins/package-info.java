/**
 * Finding instrument plugins: {@link java.util.ServiceLoader} over the application's own jars and
 * the jars of an external directory ({@code JOY_PLUGINS_DIR}), each provider checked in isolation
 * so that one broken plugin is reported and skipped while the others load.
 */
package org.joysurvey.plugins;
