package org.joysurvey.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends a batch of emails over one SMTP connection, opened at the first email. Each {@link #send}
 * either hands the email to the server or throws {@link MailFailure}, so the caller knows,
 * recipient by recipient, what was sent. If the server cannot be reached at all, every later {@code
 * send} fails at once with the same reason instead of waiting for its own time-out. Not
 * thread-safe: one batch, one thread.
 */
public final class MailConnection implements AutoCloseable {

  private final SmtpSettings settings;
  private final Session session;
  private Transport transport;
  private MailFailure unreachable;

  public MailConnection(SmtpSettings settings) {
    this.settings = settings;
    this.session = Session.getInstance(settings.sessionProperties());
  }

  /** Sends one email; throws {@link MailFailure} if the server did not accept it. */
  public void send(OutgoingMail mail) {
    MimeMessage message = message(mail);
    if (unreachable != null) {
      throw unreachable;
    }
    try {
      transport().sendMessage(message, message.getAllRecipients());
    } catch (SendFailedException e) {
      // the server refused this recipient (or this message); the connection is still good
      throw new MailFailure(
          "the mail server refused the email to " + mail.to() + ": " + reason(e), e);
    } catch (MessagingException e) {
      // the connection broke (or the server closed it after some emails): the next email reconnects
      closeQuietly();
      throw new MailFailure("sending the email to " + mail.to() + " failed: " + reason(e), e);
    }
  }

  private Transport transport() {
    if (transport != null && transport.isConnected()) {
      return transport;
    }
    try {
      Transport t = session.getTransport("smtp");
      if (settings.authenticates()) {
        t.connect(settings.host(), settings.port(), settings.user(), settings.password());
      } else {
        t.connect();
      }
      transport = t;
      return t;
    } catch (MessagingException e) {
      unreachable =
          new MailFailure(
              "the mail server " + settings.describe() + " could not be reached: " + reason(e), e);
      throw unreachable;
    }
  }

  private MimeMessage message(OutgoingMail mail) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from(), true));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      message.setText(mail.text(), StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      // an automatic message: vacation responders and the like should not answer it (RFC 3834)
      message.setHeader("Auto-Submitted", "auto-generated");
      return message;
    } catch (AddressException e) {
      throw new MailFailure(
          "'" + e.getRef() + "' is not an address the mail library accepts: " + e.getMessage(), e);
    } catch (MessagingException e) {
      throw new MailFailure(
          "the email to " + mail.to() + " could not be composed: " + reason(e), e);
    }
  }

  private static String reason(Exception e) {
    Throwable t = e;
    while (t.getCause() != null
        && t.getCause() != t
        && (t.getMessage() == null || t.getMessage().isBlank())) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
    return message.replaceAll("\\s+", " ");
  }

  private void closeQuietly() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // closing a broken connection: nothing left to do
      }
      transport = null;
    }
  }

  @Override
  public void close() {
    closeQuietly();
  }
}
