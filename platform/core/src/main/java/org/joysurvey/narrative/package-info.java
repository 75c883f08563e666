/**
 * The report narrative: what designers write per edition for its published report, in Markdown
 * ({@link org.joysurvey.narrative.Narrative}: introduction, a paragraph at the top of each
 * instrument's chapter, recommendations, conclusion, appendices), rendered safely by {@link
 * org.joysurvey.narrative.Markdown} (raw HTML shown as text, links only to http, https and mailto)
 * and stored, audited and copied with the edition by {@link
 * org.joysurvey.narrative.NarrativeService}, which also keeps the number invited to an edition run
 * elsewhere. Above {@code edition}; {@code publication} freezes a copy into each publication.
 */
package org.joysurvey.narrative;
