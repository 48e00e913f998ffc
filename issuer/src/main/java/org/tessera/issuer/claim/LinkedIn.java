package org.tessera.issuer.claim;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.tessera.issuer.claim.pdf.CertificateFacts;

/**
 * LinkedIn's "add certification" link. It carries what a CV line shows — title, awarding
 * body, month of issue, the share link when there is one, credential id — and nothing personal:
 * no name, no e-mail, not the claim link (the same fields the verifier's share page sends, docs/share-links.md).
 */
final class LinkedIn {

  private static final String ADD = "https://www.linkedin.com/profile/add?startTask="
      + "CERTIFICATION_NAME";

  private LinkedIn() {}

  /** @param certUrl the share link, when the learner made one */
  static String addToProfile(CertificateFacts facts, Optional<URI> certUrl) {
    ZonedDateTime issued = facts.awarded().atZone(ZoneOffset.UTC);
    return ADD + "&name=" + encode(facts.title()) + "&organizationName=" + encode(facts.issuer())
        + "&issueYear=" + issued.getYear() + "&issueMonth=" + issued.getMonthValue()
        + certUrl.map(u -> "&certUrl=" + encode(u.toString())).orElse("")
        + "&certId=" + encode(facts.credentialId());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
