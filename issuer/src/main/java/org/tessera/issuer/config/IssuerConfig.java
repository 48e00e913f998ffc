package org.tessera.issuer.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the issuer needs from its environment, validated once at start-up.
 *
 * @param port HTTP port to listen on ({@code 0} = any free port, used by tests)
 * @param baseUrl public URL of the issuer, without a trailing slash; the issuer DID derives from it
 * @param jdbcUrl database (SQLite file or PostgreSQL)
 * @param keysDir folder of private JWK files ({@code *.jwk})
 * @param signingKid key id of the active signing key; empty = first ES256 key by file name
 * @param adminToken bearer token of the admin API
 * @param demo demo mode: sample keys and short tokens accepted
 * @param statusTtl how long verifiers may cache a status list
 * @param issuerName display name of the awarding body
 * @param issuerCountry ISO 3166-1 alpha-2 country of the awarding body
 * @param issuerUrl homepage of the awarding body
 * @param institutions further institutions served besides the default one (may be empty)
 */
public record IssuerConfig(
    int port,
    URI baseUrl,
    String jdbcUrl,
    Path keysDir,
    Optional<String> signingKid,
    String adminToken,
    boolean demo,
    Duration statusTtl,
    String issuerName,
    String issuerCountry,
    Optional<URI> issuerUrl,
    List<InstitutionConfig> institutions) {

  public static final int MIN_ADMIN_TOKEN_LENGTH = 24;
  static final String DEMO_KEYS = "keys-sample/issuer";
  static final String DEMO_NAME = "Tessera Demo University";
  static final String DEMO_COUNTRY = "NL";
  static final String DEFAULT_DB = "jdbc:sqlite:data/tessera-issuer.db";
  static final long DEFAULT_STATUS_TTL_MS = 300_000;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public IssuerConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(keysDir, "keysDir");
    Objects.requireNonNull(signingKid, "signingKid");
    Objects.requireNonNull(adminToken, "adminToken");
    Objects.requireNonNull(statusTtl, "statusTtl");
    Objects.requireNonNull(issuerName, "issuerName");
    Objects.requireNonNull(issuerCountry, "issuerCountry");
    Objects.requireNonNull(issuerUrl, "issuerUrl");
    institutions = List.copyOf(institutions);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range");
    }
    if (baseUrl.toString().endsWith("/")) {
      throw new IllegalArgumentException("baseUrl must not end with '/'");
    }
    if (adminToken.isEmpty()) {
      throw new IllegalArgumentException("adminToken must not be empty");
    }
  }

  /** A deployment of the default institution only. */
  public IssuerConfig(int port, URI baseUrl, String jdbcUrl, Path keysDir,
      Optional<String> signingKid, String adminToken, boolean demo, Duration statusTtl,
      String issuerName, String issuerCountry, Optional<URI> issuerUrl) {
    this(port, baseUrl, jdbcUrl, keysDir, signingKid, adminToken, demo, statusTtl, issuerName,
        issuerCountry, issuerUrl, List.of());
  }

  /** The same deployment serving {@code more} institutions besides the default one. */
  public IssuerConfig withInstitutions(List<InstitutionConfig> more) {
    return new IssuerConfig(port, baseUrl, jdbcUrl, keysDir, signingKid, adminToken, demo,
        statusTtl, issuerName, issuerCountry, issuerUrl, more);
  }

  /** Redacted: the admin token never reaches a log. */
  @Override
  public String toString() {
    return "IssuerConfig[port=" + port + ", baseUrl=" + baseUrl + ", keysDir=" + keysDir
        + ", signingKid=" + signingKid.orElse("(first ES256)") + ", demo=" + demo
        + ", statusTtl=" + statusTtl + ", issuerName=" + issuerName
        + ", issuerCountry=" + issuerCountry + ", institutions=" + institutions.size()
        + ", adminToken=(redacted)]";
  }

  /** A base URL that ends in a path (did:web with path) publishes its DID document there. */
  public String didDocumentPath() {
    String path = Optional.ofNullable(baseUrl.getRawPath()).orElse("");
    return path.isEmpty() ? "/.well-known/did.json" : "/did.json";
  }

  /**
   * Reads and validates the {@code ISSUER_*} variables.
   *
   * @throws ConfigException listing every problem found, one per line
   */
  public static IssuerConfig fromEnvironment(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    boolean demo = parseDemo(env.get("ISSUER_DEMO"), problems);
    int port = parsePort(value(env, "ISSUER_PORT").orElse("8080"), problems);
    URI baseUrl = parseBaseUrl(
        value(env, "ISSUER_BASE_URL").orElse("http://localhost:" + port), problems);
    String jdbcUrl = value(env, "ISSUER_DB").orElse(DEFAULT_DB);
    if (!jdbcUrl.startsWith("jdbc:sqlite:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      problems.add("ISSUER_DB must be a jdbc:sqlite: or jdbc:postgresql: URL");
    }
    Optional<String> keys = value(env, "ISSUER_KEYS");
    if (keys.isEmpty() && !demo) {
      problems.add("ISSUER_KEYS is required (a folder of private *.jwk files)");
    }
    Path keysDir = Path.of(keys.orElse(DEMO_KEYS));
    String token = value(env, "ISSUER_ADMIN_TOKEN").orElse("");
    if (token.isEmpty()) {
      problems.add("ISSUER_ADMIN_TOKEN is required");
    } else if (token.length() < MIN_ADMIN_TOKEN_LENGTH && !demo) {
      problems.add("ISSUER_ADMIN_TOKEN must be at least " + MIN_ADMIN_TOKEN_LENGTH
          + " characters");
    }
    Duration ttl = parseTtl(value(env, "ISSUER_STATUS_TTL")
        .orElse(Long.toString(DEFAULT_STATUS_TTL_MS)), problems);
    Optional<String> name = value(env, "ISSUER_NAME");
    if (name.isEmpty() && !demo) {
      problems.add("ISSUER_NAME is required (the awarding body's display name)");
    }
    String country = parseCountry(env, demo, problems);
    Optional<URI> homepage = value(env, "ISSUER_URL").flatMap(u -> parseHttpUrl(u, problems));
    List<InstitutionConfig> institutions = value(env, "ISSUER_INSTITUTIONS")
        .map(file -> InstitutionsFile.read(Path.of(file), env, problems)).orElse(List.of());
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new IssuerConfig(port, baseUrl, jdbcUrl, keysDir, value(env, "ISSUER_SIGNING_KEY"),
        token, demo, ttl, name.orElse(DEMO_NAME), country, homepage, institutions);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static boolean parseDemo(String raw, List<String> problems) {
    if (raw == null || raw.isBlank() || raw.strip().equalsIgnoreCase("false")) {
      return false;
    }
    if (raw.strip().equalsIgnoreCase("true")) {
      return true;
    }
    problems.add("ISSUER_DEMO must be true or false");
    return false;
  }

  private static int parsePort(String raw, List<String> problems) {
    try {
      int port = Integer.parseInt(raw);
      if (port >= 0 && port <= 65_535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("ISSUER_PORT must be a number between 0 and 65535");
    return 8080;
  }

  private static URI parseBaseUrl(String raw, List<String> problems) {
    String trimmed = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
    Optional<URI> uri = parseHttpUrl(trimmed, problems);
    if (uri.isEmpty()) {
      return URI.create("http://localhost");
    }
    URI u = uri.get();
    if (u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null) {
      problems.add("ISSUER_BASE_URL must not have a query, fragment or user info");
    }
    return u;
  }

  private static Optional<URI> parseHttpUrl(String raw, List<String> problems) {
    Optional<URI> uri = HttpUrls.parse(raw);
    if (uri.isEmpty()) {
      problems.add("not an absolute http(s) URL: " + raw);
    }
    return uri;
  }


  private static Duration parseTtl(String raw, List<String> problems) {
    try {
      long ms = Long.parseLong(raw);
      if (ms >= 1_000 && ms <= Duration.ofDays(7).toMillis()) {
        return Duration.ofMillis(ms);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("ISSUER_STATUS_TTL must be milliseconds between 1000 and 604800000");
    return Duration.ofMillis(DEFAULT_STATUS_TTL_MS);
  }

  private static String parseCountry(Map<String, String> env, boolean demo, List<String> problems) {
    Optional<String> raw = value(env, "ISSUER_COUNTRY");
    if (raw.isEmpty()) {
      if (!demo) {
        problems.add("ISSUER_COUNTRY is required (ISO 3166-1 alpha-2, e.g. NL)");
      }
      return DEMO_COUNTRY;
    }
    String code = raw.get().toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(code)) {
      problems.add("ISSUER_COUNTRY must be an ISO 3166-1 alpha-2 code, e.g. NL");
      return DEMO_COUNTRY;
    }
    return code;
  }
}
