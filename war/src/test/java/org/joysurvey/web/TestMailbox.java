package org.joysurvey.web;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the integration tests' Payara sends to: GreenMail in the test JVM, on the port
 * the build reserved ({@code joy.test.smtp.port}; the server gets the same as {@code
 * joy.smtp.port}). Start one per test class ({@code @BeforeAll}) and close it in {@code @AfterAll};
 * it keeps every email received until {@link #clear}.
 *
 * <pre>
 * mailbox = TestMailbox.start();
 * ... POST api/admin/editions/{id}/invitations/send ...
 * TestMailbox.Mail mail = mailbox.awaitOneTo("ann@example.org");
 * browser.get(mail.link());
 * </pre>
 */
public final class TestMailbox implements AutoCloseable {

  /** The respondent link in an invitation email, and its token. */
  private static final Pattern LINK =
      Pattern.compile("(https?://\\S+/survey\\.xhtml\\?token=([A-Za-z0-9_-]+))");

  private final GreenMail server;

  private TestMailbox(GreenMail server) {
    this.server = server;
  }

  /** Starts the server on the reserved port, on the loopback address only. */
  public static TestMailbox start() {
    String port = System.getProperty("joy.test.smtp.port");
    if (port == null || port.isBlank()) {
      throw new IllegalStateException(
          "joy.test.smtp.port is not set: run the integration tests through Maven"
              + " (war/pom.xml reserves the port and passes it to the server and the tests)");
    }
    GreenMail server =
        new GreenMail(
            new ServerSetup(Integer.parseInt(port), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return new TestMailbox(server);
  }

  /** One received email: its recipient, subject and plain text (line ends as {@code \n}). */
  public record Mail(String to, String subject, String text) {

    /** The survey link in the text. */
    public String link() {
      Matcher m = LINK.matcher(text);
      if (!m.find()) {
        throw new AssertionError("no survey link in the email to " + to + ":\n" + text);
      }
      return m.group(1);
    }

    /** The token of the survey link. */
    public String token() {
      Matcher m = LINK.matcher(text);
      if (!m.find()) {
        throw new AssertionError("no survey link in the email to " + to + ":\n" + text);
      }
      return m.group(2);
    }
  }

  /** Every email received so far, in order of arrival. */
  public List<Mail> all() {
    List<Mail> mails = new ArrayList<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      mails.add(read(message));
    }
    return mails;
  }

  /** The emails received so far for one address. */
  public List<Mail> to(String address) {
    return all().stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
  }

  /**
   * Waits until at least {@code count} emails in all have arrived (at most 20 s) and returns them
   * all.
   */
  public List<Mail> await(int count) {
    if (!server.waitForIncomingEmail(Duration.ofSeconds(20).toMillis(), count)) {
      throw new AssertionError(
          "expected at least " + count + " emails, got " + server.getReceivedMessages().length);
    }
    return all();
  }

  /** Waits for the first email to an address and returns the latest one received for it. */
  public Mail awaitOneTo(String address) {
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < end) {
      List<Mail> mails = to(address);
      if (!mails.isEmpty()) {
        return mails.get(mails.size() - 1);
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no email to " + address + " arrived within 20 s");
  }

  /** Forgets every email received so far. */
  public void clear() {
    try {
      server.purgeEmailFromAllMailboxes();
    } catch (com.icegreen.greenmail.store.FolderException e) {
      throw new IllegalStateException("the test mailboxes could not be emptied", e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }

  private static Mail read(MimeMessage message) {
    try {
      Object content = message.getContent();
      String text = content instanceof String s ? s : String.valueOf(content);
      return new Mail(
          message.getRecipients(Message.RecipientType.TO)[0].toString(),
          message.getSubject(),
          text.replace("\r\n", "\n"));
    } catch (MessagingException e) {
      throw new IllegalStateException("an email could not be read", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
