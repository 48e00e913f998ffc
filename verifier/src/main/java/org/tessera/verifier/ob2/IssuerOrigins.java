package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * OB 2.0 hosted verification's origin rule: a document the issuer vouches for by hosting it (the
 * assertion, the BadgeClass) must be at a URL the issuer Profile allows. The Profile's
 * {@code verification} object may list {@code startsWith} URL prefixes and {@code allowedOrigins}
 * (host names, with a port where not the default); without them the URL must share the origin
 * (scheme, host, port) of the Profile's own id.
 */
final class IssuerOrigins {

  private final URI profileId;
  private final List<String> startsWith;
  private final List<String> allowedOrigins;

  IssuerOrigins(URI profileId, JsonNode profile) {
    this.profileId = Objects.requireNonNull(profileId, "profileId");
    JsonNode verification = profile.path("verification");
    this.startsWith = Ob2Json.texts(verification.get("startsWith"));
    this.allowedOrigins = Ob2Json.texts(verification.get("allowedOrigins")).stream()
        .map(origin -> origin.toLowerCase(Locale.ROOT)).toList();
  }

  boolean allows(URI url) {
    if (!startsWith.isEmpty() && startsWith.stream().noneMatch(url.toString()::startsWith)) {
      return false;
    }
    if (!allowedOrigins.isEmpty()) {
      return allowedOrigins.contains(hostAndPort(url));
    }
    return startsWith.isEmpty() ? sameOrigin(url, profileId) : true;
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
  }

  private static String hostAndPort(URI url) {
    String host = url.getHost().toLowerCase(Locale.ROOT);
    return url.getPort() == -1 ? host : host + ":" + url.getPort();
  }

  private static int port(URI url) {
    if (url.getPort() != -1) {
      return url.getPort();
    }
    return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }
}
