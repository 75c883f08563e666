/**
 * The respondent side under load: a bounded number of respondent requests at once ({@link
 * RespondentLoadFilter}), the excess answered with a "busy, try again in a minute" page, and the
 * settings of both ({@link RespondentLimits}).
 */
package org.joysurvey.web.load;
