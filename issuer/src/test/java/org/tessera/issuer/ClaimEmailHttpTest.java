package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.bytes;
import static org.tessera.issuer.TestIssuer.claimPath;
import static org.tessera.issuer.TestIssuer.issueAwarded;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditEvent;
import org.tessera.issuer.audit.EventRepository;
import org.tessera.issuer.claim.ClaimConfig;
import org.tessera.issuer.claim.CountingOffers;
import org.tessera.issuer.claim.SmtpSettings;
import org.tessera.issuer.store.Database;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;

/** The claim e-mail against a real SMTP server (GreenMail). */
class ClaimEmailHttpTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Pattern LINK = Pattern.compile(
      Pattern.quote(TestIssuer.BASE) + "(/claim/[A-Za-z0-9_-]{43})");

  @TempDir Path dir;
  private IssuerApp app;

  @AfterEach
  void closeApp() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void issue_withSmtp_emailsAWorkingClaimLinkAndKeepsItOutOfTheResponse() throws Exception {
    app = create(SMTP.getSmtp().getPort(), List.of());
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issueAwarded(client);

      assertThat(issued.get("claim").get("delivery").asText()).isEqualTo("email");
      assertThat(issued.get("claim").has("url")).isFalse();
      assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();
      MimeMessage message = SMTP.getReceivedMessages()[0];
      assertThat(message.getAllRecipients()[0].toString()).isEqualTo("ada@example.org");
      assertThat(message.getFrom()[0].toString()).isEqualTo("registrar@example.edu");
      assertThat(message.getSubject())
          .isEqualTo("Your micro-credential: Data Stewardship for Researchers");
      String body = GreenMailUtil.getBody(message);
      assertThat(body).contains("Test University");
      Matcher link = LINK.matcher(body);
      assertThat(link.find()).isTrue();

      Response page = client.get(link.group(1));

      assertThat(page.code()).isEqualTo(200);
      assertThat(text(page)).contains("<strong id=\"title\">Data Stewardship for Researchers</strong>")
          .contains("<svg class=\"qr\"");
      assertThat(waitForEvent(issued.get("id").asText(), AuditAction.CLAIM_EMAIL_SENT))
          .isTrue();
    });
  }

  @Test
  void issue_smtpDown_stillIssuesAndAuditsTheFailureAfterRetries() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    app = create(closedPort, List.of(Duration.ofMillis(10), Duration.ofMillis(10)));
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      JsonNode issued = issueAwarded(client);

      String id = issued.get("id").asText();
      assertThat(issued.get("jwt").asText()).isNotBlank();
      assertThat(waitForEvent(id, AuditAction.CLAIM_EMAIL_FAILED)).isTrue();
      assertThat(events(id)).extracting(AuditEvent::action)
          .doesNotContain(AuditAction.CLAIM_EMAIL_SENT);
    });
  }

  @Test
  void resendClaimLink_withSmtp_emailsTheNewLink() throws Exception {
    app = create(SMTP.getSmtp().getPort(), List.of());
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String id = issueAwarded(client).get("id").asText();
      assertThat(SMTP.waitForIncomingEmail(10_000, 1)).isTrue();

      Response resent = post(client, "/api/credentials/" + id + "/claim-link",
          "{\"email\": \"ada@example.org\"}");

      assertThat(resent.code()).isEqualTo(200);
      assertThat(SMTP.waitForIncomingEmail(10_000, 2)).isTrue();
      Matcher first = LINK.matcher(GreenMailUtil.getBody(SMTP.getReceivedMessages()[0]));
      Matcher second = LINK.matcher(GreenMailUtil.getBody(SMTP.getReceivedMessages()[1]));
      assertThat(first.find()).isTrue();
      assertThat(second.find()).isTrue();
      assertThat(client.get(first.group(1)).code()).isEqualTo(404);
      assertThat(client.get(second.group(1)).code()).isEqualTo(200);
    });
  }

  private IssuerApp create(int smtpPort, List<Duration> retries) {
    ClaimConfig claims = new ClaimConfig(Duration.ofDays(30), Optional.of(new SmtpSettings(
        "127.0.0.1", smtpPort, Optional.empty(), Optional.empty(), "registrar@example.edu",
        false)), retries);
    return IssuerApp.builder(IssuerSettings.of(TestIssuer.config(dir)).withClaims(claims),
        TestIssuer.CLOCK).claimOffers(new CountingOffers(TestIssuer.CLOCK)).build();
  }

  private boolean waitForEvent(String credentialId, AuditAction action)
      throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (events(credentialId).stream().anyMatch(e -> e.action() == action)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private List<AuditEvent> events(String credentialId) {
    try (Database db = Database.open(TestIssuer.config(dir).jdbcUrl())) {
      return db.read(c -> EventRepository.deployment().forTarget(c, credentialId));
    }
  }
}
