package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Check 2, header (docs/decisions/0033): {@code alg} on the allow-list (no {@code none}, no HMAC);
 * {@code typ} absent, {@code JWT} or the VC-JOSE-COSE type of what is secured ({@code vc+jwt} for
 * credentials and status lists, {@code vp+jwt} for presentations); {@code cty} absent or
 * {@code vc} / {@code vp} likewise; a replicated {@code iss} (RFC 7519 §5.3) only when it is the
 * payload's issuer; and no other member — keys or key URLs named by the token itself
 * ({@code jwk}, {@code jku}, {@code x5u}, {@code x5c}), certificate thumbprints, {@code crit},
 * {@code b64}, {@code zip} and every unknown member are never accepted.
 */
public final class HeaderCheck {

  public static final String ID = "header";

  /** What the JWT secures; it decides the {@code typ} and {@code cty} that are accepted. */
  public enum Secured {
    CREDENTIAL("vc+jwt", "vc"),
    PRESENTATION("vp+jwt", "vp");

    private final Set<String> typ;
    private final Set<String> cty;

    Secured(String typ, String cty) {
      this.typ = Set.of("jwt", typ);
      this.cty = Set.of(cty);
    }
  }

  private static final Set<String> ALLOWED_MEMBERS = Set.of("alg", "kid", "typ", "cty", "iss");

  private final Secured secured;

  /** The rules for credentials and status list credentials. */
  public HeaderCheck() {
    this(Secured.CREDENTIAL);
  }

  public HeaderCheck(Secured secured) {
    this.secured = Objects.requireNonNull(secured, "secured");
  }

  /** The algorithm the header claims; later checks require the key to agree with it. */
  public Step<JwsAlgorithm> run(ParsedCredentialJwt jwt) {
    ObjectNode header = jwt.header();
    Optional<ErrorCode> refusal = refusal(header, secured);
    if (refusal.isEmpty() && !replicatedIssMatches(jwt, header.get("iss"))) {
      refusal = Optional.of(ErrorCode.HEADER_NOT_ALLOWED);
    }
    if (refusal.isPresent()) {
      return Step.failed(ID, refusal.get());
    }
    JwsAlgorithm alg = JwsAlgorithm.fromHeader(jwt.alg()).orElseThrow();
    return Step.passed(ID, DetailKey.HEADER_OK.with(alg.headerName()), alg);
  }

  /**
   * The rules on the header alone, also applied to headers of tokens that do not parse further;
   * a replicated {@code iss} is only checked to be a string here.
   */
  static Optional<ErrorCode> refusal(ObjectNode header, Secured secured) {
    if (text(header.get("alg")).flatMap(JwsAlgorithm::fromHeader).isEmpty()) {
      return Optional.of(ErrorCode.ALG_NOT_ALLOWED);
    }
    Set<String> names = new LinkedHashSet<>();
    header.fieldNames().forEachRemaining(names::add);
    if (!ALLOWED_MEMBERS.containsAll(names)
        || header.has("iss") && !header.get("iss").isTextual()) {
      return Optional.of(ErrorCode.HEADER_NOT_ALLOWED);
    }
    if (!mediaTypeAllowed(header.get("typ"), secured.typ)
        || !mediaTypeAllowed(header.get("cty"), secured.cty)) {
      return Optional.of(ErrorCode.TYP_NOT_ALLOWED);
    }
    return Optional.empty();
  }

  /** Absent, or a string naming one of {@code allowed}. */
  private static boolean mediaTypeAllowed(JsonNode value, Set<String> allowed) {
    if (value == null) {
      return true;
    }
    return value.isTextual() && allowed.contains(mediaType(value.textValue()));
  }

  /**
   * RFC 7519 §5.3: a claim replicated in the header must be identical to the claim; without an
   * {@code iss} claim (VC-JOSE-COSE) the credential's issuer stands for it.
   */
  private static boolean replicatedIssMatches(ParsedCredentialJwt jwt, JsonNode headerIss) {
    if (headerIss == null) {
      return true;
    }
    JsonNode issClaim = jwt.claims().get("iss");
    Optional<String> iss = issClaim != null ? text(issClaim)
        : CredentialFields.issuerId(jwt.credential());
    return iss.isPresent() && iss.get().equals(headerIss.textValue());
  }

  /** RFC 7515 §4.1.9: compared case-insensitively, "application/" may be omitted. */
  private static String mediaType(String typ) {
    String lower = typ.toLowerCase(Locale.ROOT);
    return lower.startsWith("application/") ? lower.substring("application/".length()) : lower;
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
  }
}
