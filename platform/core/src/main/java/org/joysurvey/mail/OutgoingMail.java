package org.joysurvey.mail;

/** One plain-text email to one recipient. */
public record OutgoingMail(String to, String subject, String text) {}
