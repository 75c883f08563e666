/**
 * The pages while the database cannot be reached: a clean refusal ({@code 503}, {@code
 * Retry-After}, {@code unavailable.html}) instead of the error page, for full page requests ({@link
 * org.joysurvey.web.outage.DatabaseOutageFilter}) and for the pages' ajax requests ({@link
 * org.joysurvey.web.outage.DatabaseOutageExceptionHandlerFactory}).
 */
package org.joysurvey.web.outage;
