/**
 * How respondents take part: invitations with single-use tokens, one public link, answers saved
 * page by page, and the submission that stores an anonymous response and forgets who gave it. The
 * guarantee and its limits are in {@code docs/anonymity.md}.
 */
package org.joysurvey.participation;
