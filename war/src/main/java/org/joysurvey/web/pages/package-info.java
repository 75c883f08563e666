/**
 * The JSF pages' backing beans: one {@code @Named} view per page (home, report, thanks), thin,
 * talking only to the platform's services; the survey form's state is one view-scoped {@code
 * SurveyForm}, acted on by request-scoped beans. Items are rendered generically from their type.
 */
package org.joysurvey.web.pages;
