package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class LinkedInLinkTest {

  @Test
  void url_titleIssuerDatesShareLink_noLearnerData() throws IOException {
    CredentialView view = CredentialView.of(Json.parseUntrustedObject(Files.readString(
        Path.of("../docs/examples/cmf-microcredential.json"))).orElseThrow());
    String url = LinkedInLink.url(view, Optional.of("Trusted Name & Co"),
        "https://verify.example/s/abc");
    assertThat(url).startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&");
    String decoded = URLDecoder.decode(url, StandardCharsets.UTF_8);
    assertThat(decoded).contains("name=Applied Data Privacy Engineering",
        "organizationName=Trusted Name & Co", "issueYear=2025", "issueMonth=6",
        "certUrl=https://verify.example/s/abc",
        "certId=urn:uuid:5f0c1a7e-3b9d-4c55-9a61-2f8e7d4b6c10");
    assertThat(url).contains("organizationName=Trusted+Name+%26+Co");
    assertThat(decoded).doesNotContain("Alex").doesNotContain("did:key").doesNotContain("sha256");
  }

  @Test
  void url_datesWithAnOffset_yearAndMonthInUtcAsThePageShowsThem() {
    String decoded = decodedLink("2025-12-31T23:30:00-02:00", "2027-03-01T00:30:00+01:00");

    assertThat(decoded).contains("issueYear=2026", "issueMonth=1", "expirationYear=2027",
        "expirationMonth=2");
  }

  @Test
  void url_impossibleOrZonelessDates_neverBreakThePage() {
    String decoded = decodedLink("2025-13-01T00:00:00Z", "2027-03-01T10:00:00");

    assertThat(decoded).doesNotContain("issueYear").doesNotContain("issueMonth")
        .contains("expirationYear=2027", "expirationMonth=3");
  }

  /** The decoded link of a credential with these {@code validFrom} and {@code validUntil}. */
  private static String decodedLink(String validFrom, String validUntil) {
    ObjectNode credential = Json.parseUntrustedObject("""
        {"validFrom": "%s", "validUntil": "%s",
         "credentialSubject": {"achievement": {"name": "Data Stewardship"}}}
        """.formatted(validFrom, validUntil)).orElseThrow();
    return URLDecoder.decode(LinkedInLink.url(CredentialView.of(credential), Optional.empty(),
        "https://verify.example/s/abc"), StandardCharsets.UTF_8);
  }
}
