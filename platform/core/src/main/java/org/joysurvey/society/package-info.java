/**
 * The society running this instance (name, logo, colour, contact, privacy statement, introduction
 * to respondents): {@link org.joysurvey.society.SocietyProfile}, its rules ({@link
 * org.joysurvey.society.SocietyRules}) and {@link org.joysurvey.society.SocietyService}.
 */
package org.joysurvey.society;
