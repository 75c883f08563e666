/**
 * The JSON REST API under {@code /api}: installed instruments (public) and, for admins (HTTP
 * Basic), editions, responses (JSON, CSV import and export) and reports. Errors are always JSON
 * {@code {"error": ..., "details": [...]}}.
 */
package org.joysurvey.web.api;
