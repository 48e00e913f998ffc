package org.tessera.verifier.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * LinkedIn's public "add certification" URL for a share page. It carries the title, the issuer's
 * name, the issue date, the share link and the credential id — never the learner's name or any
 * other personal data (LinkedIn knows who is adding it).
 */
public final class LinkedInLink {

  static final String BASE = "https://www.linkedin.com/profile/add";

  private LinkedInLink() {}

  /** @param trustedIssuerName the issuer's name on the trust list, preferred to the credential's */
  public static String url(CredentialView view, Optional<String> trustedIssuerName,
      String shareUrl) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("startTask", "CERTIFICATION_NAME");
    view.title().ifPresent(t -> params.put("name", t));
    trustedIssuerName.or(view::issuerName).ifPresent(n -> params.put("organizationName", n));
    view.issuedOn().ifPresent(d -> {
      params.put("issueYear", d.substring(0, 4));
      params.put("issueMonth", String.valueOf(Integer.parseInt(d.substring(5, 7))));
    });
    view.validUntil().ifPresent(d -> {
      params.put("expirationYear", d.substring(0, 4));
      params.put("expirationMonth", String.valueOf(Integer.parseInt(d.substring(5, 7))));
    });
    params.put("certUrl", shareUrl);
    view.id().ifPresent(id -> params.put("certId", id));
    return BASE + "?" + params.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
