/**
 * The JSON REST API under {@code /api}: installed instruments (public) and, for platform users
 * (HTTP Basic) according to their roles, editions, responses (JSON, CSV import and export),
 * reports, users and the audit log. Errors are always JSON {@code {"error": ..., "details":
 * [...]}}.
 */
package org.joysurvey.web.api;
