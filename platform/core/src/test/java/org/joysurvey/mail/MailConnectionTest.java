package org.joysurvey.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sending through a real SMTP server (GreenMail, in this JVM). */
class MailConnectionTest {

  private GreenMail smtp;

  @BeforeEach
  void start() {
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
  }

  private SmtpSettings settings(int port) {
    return new SmtpSettings(
        "127.0.0.1", port, "", "", "Valley Society <survey@valley.example>", false);
  }

  @Test
  void aBatchOfPlainTextEmailsArrivesOverOneConnection() throws Exception {
    try (MailConnection connection = new MailConnection(settings(smtp.getSmtp().getPort()))) {
      connection.send(
          new OutgoingMail(
              "ann@example.org", "Umfrage über Wohlbefinden", "Grüße,\nhttps://x.example/a\n"));
      connection.send(new OutgoingMail("bob@example.org", "Second", "Body two\n"));
    }
    MimeMessage[] received = smtp.getReceivedMessages();
    assertEquals(2, received.length);
    assertEquals("ann@example.org", received[0].getAllRecipients()[0].toString());
    assertEquals("Valley Society <survey@valley.example>", received[0].getFrom()[0].toString());
    assertEquals("Umfrage über Wohlbefinden", received[0].getSubject());
    assertTrue(received[0].getContentType().startsWith("text/plain"), received[0].getContentType());
    assertEquals(
        "Grüße,\nhttps://x.example/a",
        ((String) received[0].getContent()).replace("\r\n", "\n").strip());
    assertEquals("auto-generated", received[1].getHeader("Auto-Submitted", null));
  }

  @Test
  void anUnreachableServerFailsEveryEmailAtOnceWithTheReason() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (MailConnection connection = new MailConnection(settings(closedPort))) {
      MailFailure first =
          assertThrows(
              MailFailure.class,
              () -> connection.send(new OutgoingMail("ann@example.org", "s", "t")));
      assertTrue(
          first
              .getMessage()
              .startsWith("the mail server 127.0.0.1:" + closedPort + " could not be reached"),
          first.getMessage());
      long start = System.nanoTime();
      MailFailure second =
          assertThrows(
              MailFailure.class,
              () -> connection.send(new OutgoingMail("bob@example.org", "s", "t")));
      assertEquals(first.getMessage(), second.getMessage());
      assertTrue(System.nanoTime() - start < 1_000_000_000L, "the second email must not try again");
    }
  }

  @Test
  void anAddressTheMailLibraryRefusesFailsOnlyThatEmail() {
    try (MailConnection connection = new MailConnection(settings(smtp.getSmtp().getPort()))) {
      assertThrows(
          MailFailure.class, () -> connection.send(new OutgoingMail("not an address", "s", "t")));
      connection.send(new OutgoingMail("ann@example.org", "s", "t"));
    }
    assertEquals(1, smtp.getReceivedMessages().length);
  }
}
