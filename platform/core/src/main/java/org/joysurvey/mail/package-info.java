/**
 * Sending email through the society's SMTP server with Jakarta Mail: {@link
 * org.joysurvey.mail.Mailer} reads the {@code joy.smtp.*} settings, {@link
 * org.joysurvey.mail.MailConnection} sends a batch over one connection and reports each recipient's
 * failure.
 */
package org.joysurvey.mail;
