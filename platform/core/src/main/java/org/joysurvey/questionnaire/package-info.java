/**
 * An edition's questionnaire: its instruments' items under full codes, with the edition's own
 * wording and the shown-if logic, and how one answer is read from text (CSV cells, form fields) or
 * JSON. Editions, the interchange formats and responses build on it.
 */
package org.joysurvey.questionnaire;
