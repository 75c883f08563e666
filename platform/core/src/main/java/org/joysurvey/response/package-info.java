/**
 * Responses: the validation every answer passes before it is stored, whichever way it arrived, and
 * storing, streaming and resealing them.
 */
package org.joysurvey.response;
