/**
 * The survey designer pages ({@code /designer/*}, for the roles designer and admin): thin view
 * beans over {@code EditionService} and {@code InstrumentRegistry}, recording their changes in the
 * audit log as the API does.
 */
package org.joysurvey.web.designer;
