/**
 * The audit log: who did what to which user, edition or set of responses, and when. Entries name
 * the action and count what it touched; they never hold a respondent's answers.
 */
package org.joysurvey.audit;
