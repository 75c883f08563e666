package org.joysurvey.mail;

import java.util.Properties;

/**
 * How to reach the SMTP server: {@code joy.smtp.host}, {@code .port}, {@code .user} and {@code
 * .password} (both empty: no authentication), {@code .from} (the sender, e.g. {@code Medical
 * Society <survey@society.org>}) and {@code .starttls} (true: the connection must be upgraded to
 * TLS before anything is sent, and sending fails if the server cannot).
 */
public record SmtpSettings(
    String host, int port, String user, String password, String from, boolean starttls) {

  /**
   * How long connecting, and each read or write, may take before the server counts as unreachable.
   */
  static final int TIMEOUT_MILLIS = 15_000;

  public SmtpSettings {
    user = user == null ? "" : user;
    password = password == null ? "" : password;
  }

  public boolean authenticates() {
    return !user.isEmpty();
  }

  /** The Jakarta Mail session properties. */
  Properties sessionProperties() {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host);
    p.setProperty("mail.smtp.port", Integer.toString(port));
    p.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
    p.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
    p.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
    // without timeouts a silent server would hold the designer's request (and its thread) forever
    p.setProperty("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
    p.setProperty("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
    p.setProperty("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
    return p;
  }

  /** For logs and pages: where mail goes, never the password. */
  public String describe() {
    return host
        + ":"
        + port
        + (authenticates() ? " as " + user : "")
        + (starttls ? " with STARTTLS" : "");
  }
}
