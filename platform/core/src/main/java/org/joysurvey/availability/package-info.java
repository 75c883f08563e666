/**
 * Whether the platform can serve a request at all: {@link
 * org.joysurvey.availability.DatabaseUnavailable} tells a database that cannot be reached from any
 * other failure, so that the web layer can refuse cleanly (503, Retry-After) instead of failing.
 */
package org.joysurvey.availability;
