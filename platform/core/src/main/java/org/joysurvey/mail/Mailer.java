package org.joysurvey.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's way to send email. The settings come from MicroProfile Config, so each can be
 * given as an environment variable ({@code JOY_SMTP_HOST}, {@code JOY_SMTP_PORT}, {@code
 * JOY_SMTP_USER}, {@code JOY_SMTP_PASSWORD}, {@code JOY_SMTP_FROM}, {@code JOY_SMTP_STARTTLS}) or a
 * system property ({@code joy.smtp.host}, ...); docs/deployment.md lists them.
 */
@ApplicationScoped
public class Mailer {

  @Inject
  @ConfigProperty(name = "joy.smtp.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "joy.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "joy.smtp.user")
  Optional<String> user;

  @Inject
  @ConfigProperty(name = "joy.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "joy.smtp.from", defaultValue = "noreply@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "joy.smtp.starttls", defaultValue = "false")
  boolean starttls;

  public SmtpSettings settings() {
    return new SmtpSettings(host, port, user.orElse(""), password.orElse(""), from, starttls);
  }

  /** A connection for one batch of emails; close it when the batch is done. */
  public MailConnection open() {
    return new MailConnection(settings());
  }
}
