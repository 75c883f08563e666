/**
 * The JSF pages' backing beans: one {@code @Named} view per page (home, survey, report), thin,
 * talking only to the platform's services. Items are rendered generically from their type.
 */
package org.joysurvey.web.pages;
