/**
 * Instruments that are not in the WAR: the build packs these classes into
 * target/it-plugins/joy-survey-external-plugin.jar, the JOY_PLUGINS_DIR of the integration tests,
 * as a society would add its own instrument without rebuilding the application.
 */
package org.joysurvey.web.externalplugin;
