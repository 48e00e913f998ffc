package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.http.PageTestSupport.body;
import static org.tessera.verifier.http.PageTestSupport.postForm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.verifier.page.Lang;

/**
 * The page shows the credential's dates (validFrom 2025-03-01T10:00:00Z, validUntil
 * 2030-03-01T00:00:00Z) in its language and in UTC; the JSON API keeps ISO-8601.
 */
class PageDatesLanguageTest extends PageAppTestBase {

  private static final String FROM = "2025-03-01T10:00:00Z";
  private static final String UNTIL = "2030-03-01T00:00:00Z";

  @ParameterizedTest
  @EnumSource(Lang.class)
  void verify_validityDates_inPageLanguage_neverIso(Lang lang) {
    String[] expected = switch (lang) {
      case EN -> new String[] {"1 March 2025, 10:00 UTC", "1 March 2030, 00:00 UTC",
          "Valid until 1 March 2030, 00:00 UTC.", "Checked on 15 January 2026, 12:00 UTC."};
      case DE -> new String[] {"1. März 2025, 10:00 UTC", "1. März 2030, 00:00 UTC",
          "Gültig bis 1. März 2030, 00:00 UTC.", "Geprüft am 15. Januar 2026, 12:00 UTC."};
      case NL -> new String[] {"1 maart 2025, 10:00 UTC", "1 maart 2030, 00:00 UTC",
          "Geldig tot 1 maart 2030, 00:00 UTC.", "Gecontroleerd op 15 januari 2026, 12:00 UTC."};
      case FR -> new String[] {"1 mars 2025 à 10:00 UTC", "1 mars 2030 à 00:00 UTC",
          "Valide jusqu’au 1 mars 2030 à 00:00 UTC.", "Vérifiée le 15 janvier 2026 à 12:00 UTC."};
      case ES -> new String[] {"1 de marzo de 2025, 10:00 UTC", "1 de marzo de 2030, 00:00 UTC",
          "Válida hasta el 1 de marzo de 2030, 00:00 UTC.",
          "Comprobada el 15 de enero de 2026, 12:00 UTC."};
      case IT -> new String[] {"1 marzo 2025, ore 10:00 UTC", "1 marzo 2030, ore 00:00 UTC",
          "Valida fino al 1 marzo 2030, ore 00:00 UTC.",
          "Verificata il 15 gennaio 2026, ore 12:00 UTC."};
      // Polish months in the genitive after the day, as java.time gives them.
      case PL -> new String[] {"1 marca 2025 r., 10:00 UTC", "1 marca 2030 r., 00:00 UTC",
          "Ważne do 1 marca 2030 r., 00:00 UTC.", "Sprawdzono 15 stycznia 2026 r., 12:00 UTC."};
    };
    String jwt = fixture.sign(fixture.credential());
    JavalinTest.test(app(), (server, client) -> {
      String html = body(postForm(client, "/" + lang.tag() + "/verify",
          Map.of("credential", jwt)));
      assertThat(html).contains("data-verdict=\"valid\"",
          "data-field=\"date\">" + expected[0] + "</dd>",
          "data-field=\"valid-until\">" + expected[1] + "</dd>",
          "data-check=\"validity\"", expected[2], expected[3]);
      // The raw credential keeps its JSON as it is; everything else is for people.
      assertThat(html).contains("<details class=\"raw\">");
      String shown = html.replaceAll("(?s)<details class=\"raw\">.*?</details>", "");
      assertThat(shown).doesNotContain(FROM, UNTIL, "2025-03-01", "2030-03-01");
    });
  }

  @Test
  void jsonApi_validityMessage_staysIso() {
    String body = "{\"verifiableCredential\":\"" + fixture.sign(fixture.credential()) + "\"}";
    JavalinTest.test(app(), (server, client) -> {
      JsonNode report = Json.parseUntrusted(client.post("/credentials/verify", body,
          b -> b.header("Accept-Language", "de")).body().string()).orElseThrow();
      JsonNode validity = null;
      for (JsonNode check : report.get("checks")) {
        if ("validity".equals(check.get("id").asText())) {
          validity = check;
        }
      }
      assertThat(validity).isNotNull();
      assertThat(validity.get("message").asText()).isEqualTo("valid until " + UNTIL);
    });
  }
}
