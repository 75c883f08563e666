/**
 * The response model: an edition's questionnaire (its instruments' items under full codes), how
 * answers are read from text (CSV cells, form fields) and JSON, and the validation every answer
 * passes before it is stored, whichever way it arrived.
 */
package org.joysurvey.response;
