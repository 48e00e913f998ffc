package org.tessera.issuer.claim;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/** Sends claim e-mails over SMTP with Jakarta Mail (Eclipse Angus). */
final class SmtpClaimMailer implements ClaimMailer {

  private static final String TIMEOUT_MS = "15000";
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final SmtpSettings smtp;
  private final Session session;

  SmtpClaimMailer(SmtpSettings smtp) {
    this.smtp = Objects.requireNonNull(smtp, "smtp");
    Properties props = new Properties();
    props.put("mail.smtp.host", smtp.host());
    props.put("mail.smtp.port", Integer.toString(smtp.port()));
    props.put("mail.smtp.auth", Boolean.toString(smtp.user().isPresent()));
    props.put("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
    // With STARTTLS on, refuse to send (credentials, link) over a plain connection.
    props.put("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
    props.put("mail.smtp.ssl.checkserveridentity", "true");
    props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    props.put("mail.smtp.timeout", TIMEOUT_MS);
    props.put("mail.smtp.writetimeout", TIMEOUT_MS);
    this.session = Session.getInstance(props);
  }

  @Override
  public void send(ClaimEmail email) {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(smtp.from(), true));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), true));
      message.setSubject("Your micro-credential: " + oneLine(email.title()),
          StandardCharsets.UTF_8.name());
      message.setSentDate(new Date());
      message.setText(body(email), StandardCharsets.UTF_8.name());
      if (smtp.user().isPresent()) {
        Transport.send(message, smtp.user().get(), smtp.password().orElse(""));
      } else {
        Transport.send(message);
      }
    } catch (MessagingException e) {
      // The exception text can hold the address: only its type goes on.
      throw new MailFailure("SMTP send failed: " + e.getClass().getSimpleName(), null);
    }
  }

  static String body(ClaimEmail email) {
    return "Hello,\n\n"
        + oneLine(email.issuerName()) + " has awarded you the micro-credential\n\n"
        + "    " + oneLine(email.title()) + "\n\n"
        + "Open this link to add it to your wallet or download it:\n\n"
        + email.claimUrl() + "\n\n"
        + "The link works until " + DAY.format(email.expiresAt()) + ". It is personal: "
        + "anyone who has it can collect your credential, so do not forward it.\n";
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ").strip();
  }
}
