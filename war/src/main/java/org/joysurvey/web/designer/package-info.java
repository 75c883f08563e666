/**
 * The survey designer pages ({@code /designer/*}, for the roles designer and admin): thin view
 * beans over {@code EditionService} and {@code InstrumentRegistry}; the services write the changes
 * to the audit log, as for the API.
 */
package org.joysurvey.web.designer;
