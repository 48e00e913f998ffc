package org.tessera.shared.did;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The did:web method: DID ↔ HTTPS location of the DID document (W3C CCG did:web). */
public final class DidWeb {

  /** Longer DIDs are refused before any work. */
  public static final int MAX_DID_LENGTH = 2048;

  private static final String PREFIX = "did:web:";
  private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");
  private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9._~!$&'()*+,;=@-]|%[0-9A-Fa-f]{2})+");

  private DidWeb() {}

  /**
   * The did:web for a base URL: {@code https://a.edu:8443/x} → {@code did:web:a.edu%3A8443:x}.
   *
   * @throws IllegalArgumentException for URLs that are not http(s) with a host, or carry a query,
   *     fragment or user info
   */
  public static String fromBaseUrl(URI baseUrl) {
    String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || baseUrl.getHost() == null
        || baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null
        || baseUrl.getRawUserInfo() != null) {
      throw new IllegalArgumentException("base URL must be http(s)://host[:port][/path]");
    }
    String host = baseUrl.getHost().toLowerCase(Locale.ROOT);
    if (!HOST.matcher(host).matches()) {
      throw new IllegalArgumentException("base URL host must be a domain name or IPv4 address");
    }
    StringBuilder did = new StringBuilder(PREFIX).append(host);
    if (baseUrl.getPort() != -1) {
      did.append("%3A").append(baseUrl.getPort());
    }
    String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
    for (String segment : path.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        throw new IllegalArgumentException("base URL path has an unusable segment");
      }
      did.append(':').append(segment);
    }
    return did.toString();
  }

  /**
   * Where the DID document of a did:web lives: {@code https://host[:port]/.well-known/did.json}
   * without a path, {@code https://host[:port]/path/did.json} with one. With
   * {@code allowHttpLocalhost}, localhost and 127.0.0.1 are fetched over http (development only).
   * Empty for anything that is not a well-formed did:web (DID URLs with a fragment or query too).
   */
  public static Optional<URI> documentUrl(String did, boolean allowHttpLocalhost) {
    if (did == null || did.length() > MAX_DID_LENGTH || !did.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = did.substring(PREFIX.length()).split(":", -1);
    String[] hostAndPort = parts[0].split("%3[Aa]", -1);
    if (hostAndPort.length > 2) {
      return Optional.empty();
    }
    String host = hostAndPort[0].toLowerCase(Locale.ROOT);
    if (!HOST.matcher(host).matches()) {
      return Optional.empty();
    }
    String port = "";
    if (hostAndPort.length == 2) {
      if (!PORT.matcher(hostAndPort[1]).matches() || Integer.parseInt(hostAndPort[1]) > 65535
          || Integer.parseInt(hostAndPort[1]) == 0) {
        return Optional.empty();
      }
      port = ":" + hostAndPort[1];
    }
    StringBuilder path = new StringBuilder();
    for (int i = 1; i < parts.length; i++) {
      String segment = parts[i];
      if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
        return Optional.empty();
      }
      path.append('/').append(segment);
    }
    path.append(parts.length == 1 ? "/.well-known/did.json" : "/did.json");
    boolean localhost = host.equals("localhost") || host.equals("127.0.0.1");
    String scheme = allowHttpLocalhost && localhost ? "http" : "https";
    try {
      return Optional.of(new URI(scheme + "://" + host + port + path));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
