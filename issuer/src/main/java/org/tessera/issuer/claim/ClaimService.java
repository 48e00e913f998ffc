package org.tessera.issuer.claim;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.claim.pdf.CertificatePdf;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.issuer.sdjwt.SdJwtVcIssuer;
import org.tessera.issuer.store.Database;
import org.tessera.shared.badge.BakedBadges;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.CredentialJson;

/**
 * Claim links and what they open: the claim page (with a wallet offer made on first view and
 * reused until it expires) and the downloads. Every lookup starts from the token in the URL;
 * a malformed, unknown or expired token is simply "not found", whichever it is.
 */
public final class ClaimService {

  /** An offer this close to its expiry is replaced rather than shown. */
  private static final Duration OFFER_MARGIN = Duration.ofMinutes(1);
  /** The audit actor of what the learner's claim page does. */
  static final String LEARNER_ACTOR = "claim-page";

  private final Database db;
  private final ClaimRepository claims;
  private final CredentialRepository credentials;
  private final AuditLog audit;
  private final ClaimOffers offers;
  private final SdJwtVcIssuer sdJwt;
  private final ShareLinks shares;
  private final Duration ttl;
  private final URI baseUrl;
  private final Clock clock;
  private final SecureRandom random;
  private final OfferSeal seal;

  public ClaimService(Database db, ClaimRepository claims, CredentialRepository credentials,
      AuditLog audit, ClaimOffers offers, SdJwtVcIssuer sdJwt, ShareLinks shares, Duration ttl,
      URI baseUrl,
      Clock clock, SecureRandom random) {
    this.db = Objects.requireNonNull(db, "db");
    this.claims = Objects.requireNonNull(claims, "claims");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.offers = Objects.requireNonNull(offers, "offers");
    this.sdJwt = Objects.requireNonNull(sdJwt, "sdJwt");
    this.shares = Objects.requireNonNull(shares, "shares");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.seal = new OfferSeal(random);
  }

  /**
   * A new claim link for a credential; older links of that credential stop working. Empty when
   * there is no such credential.
   */
  public Optional<ClaimLink> createLink(String credentialId, String actor) {
    String token = ClaimTokens.generate(random);
    Instant now = clock.instant();
    Instant expires = now.plus(ttl);
    boolean created = db.inTransaction(c -> {
      if (credentials.find(c, credentialId).isEmpty()) {
        return false;
      }
      claims.replaceFor(c, new ClaimRow(ClaimTokens.hash(token), credentialId, now, expires,
          Optional.empty(), Optional.empty()));
      audit.record(c, AuditAction.CLAIM_LINK_CREATE, actor, credentialId, now);
      return true;
    });
    return created
        ? Optional.of(new ClaimLink(credentialId, pageUrl(token), expires))
        : Optional.empty();
  }

  /** The claim page's HTML; empty when the token is malformed, unknown or expired. */
  public Optional<String> pageHtml(String token) {
    return page(token).map(model -> ClaimPage.render(model, basePath()));
  }

  /** The page shown for a claim link that does not work. */
  public String notFoundHtml() {
    return ClaimPage.notFound(basePath());
  }

  /** The claim page of a token; the wallet offer is made on first view and then reused. */
  Optional<ClaimPageModel> page(String token) {
    return open(token).map(claim -> new ClaimPageModel(token, claim.credential(),
        currentOffer(token, claim.row()), claim.row().expiresAt(),
        shares.verifier().isPresent(), false, Optional.empty()));
  }

  /**
   * Makes a share link at the verifier for the learner's credential and answers the page that
   * shows it (link, QR code, LinkedIn with the link, a PDF whose QR code leads to it). Empty for
   * a token that does not open a claim; the page says so when the verifier made no link.
   */
  public Optional<String> shareHtml(String token) {
    return open(token).map(claim -> {
      Optional<ShareLink> link = claim.credential().revoked() || claim.credential().suspended()
          ? Optional.empty() : shares.create(claim.credential().jwt());
      ClaimPageModel model = new ClaimPageModel(token, claim.credential(),
          currentOffer(token, claim.row()), claim.row().expiresAt(),
          shares.verifier().isPresent(), true, link);
      return ClaimPage.render(model, basePath());
    });
  }

  /** The PDF certificate whose QR code leads to the learner's share link {@code shareId}. */
  public Optional<Download> certificateFor(String token, String shareId) {
    Optional<URI> verifier = shares.verifier();
    if (verifier.isEmpty() || !ShareLink.ID.matcher(shareId).matches()) {
      return Optional.empty();
    }
    URI link = ShareLink.url(verifier.get(), shareId);
    return open(token).map(claim -> pdf(claim.credential(), Optional.of(link)));
  }

  private static Download pdf(ClaimedCredential credential, Optional<URI> link) {
    return new Download("application/pdf", Download.Kind.PDF.fileName(), CertificatePdf.render(
        CredentialJson.fromJson(credential.credential()), credential.jwt(), link));
  }

  /**
   * Replaces the current wallet offer (the learner's "new code" button); answers the page's
   * path (under the base URL's path) to redirect to.
   */
  public Optional<String> newOffer(String token) {
    return open(token).map(claim -> {
      mintOffer(token, claim.row());
      return basePath() + "/claim/" + token;
    });
  }

  public Optional<Download> download(String token, Download.Kind kind) {
    if (kind == Download.Kind.SD_JWT) {
      // Issued on first download (not for a revoked award), then served as stored.
      return open(token).flatMap(claim -> sdJwt.unbound(claim.credential().id(), LEARNER_ACTOR))
          .map(text -> new Download("application/dc+sd-jwt", kind.fileName(),
              text.getBytes(StandardCharsets.US_ASCII)));
    }
    return open(token).map(claim -> download(claim.credential(), kind));
  }

  /** The public URL of a token's claim page. */
  URI pageUrl(String token) {
    return URI.create(baseUrl + "/claim/" + token);
  }

  private String basePath() {
    return Optional.ofNullable(baseUrl.getRawPath()).orElse("");
  }

  private Optional<OpenClaim> open(String token) {
    if (!ClaimTokens.wellFormed(token)) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return db.read(c -> {
      Optional<ClaimRow> row = claims.find(c, ClaimTokens.hash(token))
          .filter(r -> r.expiresAt().isAfter(now));
      if (row.isEmpty()) {
        return Optional.<OpenClaim>empty();
      }
      return credentials.find(c, row.get().credentialId())
          .map(credential -> new OpenClaim(row.get(), ClaimedCredential.of(credential)));
    });
  }

  private Optional<OfferLink> currentOffer(String token, ClaimRow row) {
    Instant fresh = clock.instant().plus(OFFER_MARGIN);
    Optional<OfferLink> stored = row.offerSealed()
        .filter(s -> row.offerExpiresAt().orElseThrow().isAfter(fresh))
        .flatMap(s -> seal.open(token, row.tokenHash(), s));
    return stored.isPresent() ? stored : mintOffer(token, row);
  }

  private Optional<OfferLink> mintOffer(String token, ClaimRow row) {
    Optional<OfferLink> offer = offers.freshOffer(row.credentialId());
    offer.ifPresent(o -> db.inTransaction(c -> {
      claims.storeOffer(c, row.tokenHash(), seal.seal(token, row.tokenHash(), o),
          o.expiresAt());
      return null;
    }));
    return offer;
  }

  private static Download download(ClaimedCredential credential, Download.Kind kind) {
    return switch (kind) {
      case JWT -> new Download("application/jwt", kind.fileName(),
          credential.jwt().getBytes(StandardCharsets.US_ASCII));
      case JSON -> new Download("application/json", kind.fileName(),
          Json.writePretty(credential.credential()).getBytes(StandardCharsets.UTF_8));
      case PNG -> new Download("image/png", kind.fileName(), BakedBadges.bakePng(
          BadgeArtwork.png(credential.title(), credential.issuerName()), credential.jwt()));
      case SVG -> new Download("image/svg+xml", kind.fileName(), BakedBadges.bakeSvg(
          BadgeArtwork.svg(credential.title(), credential.issuerName()), credential.jwt())
          .getBytes(StandardCharsets.UTF_8));
      case PDF -> pdf(credential, Optional.empty());
      case SD_JWT -> throw new IllegalArgumentException("an SD-JWT VC is issued, not rendered");
    };
  }

  private record OpenClaim(ClaimRow row, ClaimedCredential credential) {}
}
