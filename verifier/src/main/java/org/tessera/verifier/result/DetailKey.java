package org.tessera.verifier.result;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * The closed set of details a passed or skipped check reports. Each has a stable message key, so
 * a page can say it in the reader's language, and its English wire text for the JSON API and the
 * CLI. Both are {@link MessageFormat} patterns fixed here; values (a kid, a name, a date) only
 * ever go in as arguments, never into a pattern.
 */
public enum DetailKey {
  PARSE_OK("parse.ok", "credential JWT parsed ({0})"),
  HEADER_OK("header.ok", "header uses {0}"),
  KEY_PINNED("key.pinned", "issuer key found (pinned in the trust list)"),
  KEY_DID_WEB("key.didWeb", "issuer key found (did:web document)"),
  KEY_DID_JWK("key.didJwk", "issuer key found (did:jwk)"),
  KEY_DID_KEY("key.didKey", "issuer key found (did:key)"),
  KEY_PINNED_COMPROMISED_LATER("key.pinned.compromisedLater",
      "issuer key found (pinned in the trust list)" + Texts.COMPROMISED_LATER),
  KEY_DID_WEB_COMPROMISED_LATER("key.didWeb.compromisedLater",
      "issuer key found (did:web document)" + Texts.COMPROMISED_LATER),
  KEY_DID_JWK_COMPROMISED_LATER("key.didJwk.compromisedLater",
      "issuer key found (did:jwk)" + Texts.COMPROMISED_LATER),
  KEY_DID_KEY_COMPROMISED_LATER("key.didKey.compromisedLater",
      "issuer key found (did:key)" + Texts.COMPROMISED_LATER),
  SIGNATURE_OK("signature.ok", "signature verified with {0}"),
  CLAIMS_OK("claims.ok", "JWT claims agree with the credential"),
  VALIDITY_UNTIL("validity.until", "valid until {0}"),
  VALIDITY_NO_END("validity.noEnd", "valid, no end date"),
  SCHEMA_OK("schema.ok", "credential conforms to its JSON Schemas"),
  JSONLD_OK("jsonld.ok", "every term is defined by a bundled context"),
  TRUST_OK("trust.ok", "accredited issuer: {0}"),
  STATUS_NO_ENTRY("status.noEntry", "the credential has no status entry"),
  STATUS_OK("status.ok", "not revoked"),
  STATUS_OK_LISTS("status.okLists", "not revoked or suspended ({0} status lists)"),
  CMF_OK("cmf.ok", "conforms to the EU Common Microcredential Framework"),
  SKIPPED_PARSE_FAILED("skipped.parse", "skipped: the parse check failed"),
  SKIPPED_HEADER_FAILED("skipped.header", "skipped: the header check failed"),
  SKIPPED_KEY_FAILED("skipped.key", "skipped: the key check failed"),
  SKIPPED_SIGNATURE_FAILED("skipped.signature", "skipped: the signature check failed"),
  SKIPPED_TRUST_FAILED("skipped.trust", "skipped: the trust check failed"),
  // Presentations: what the presentation's own checks found.
  VP_PARSE_OK("vp.parse.ok", "presentation parsed ({0}), {1} credential(s)"),
  VP_HEADER_OK("vp.header.ok", "presentation header uses {0}"),
  VP_KEY_OK("vp.key.ok", "holder key found ({0})"),
  VP_SIGNATURE_OK("vp.signature.ok", "presentation signed with {0}"),
  VP_NONCE_OK("vp.nonce.ok", "the nonce is the one asked for"),
  VP_AUDIENCE_OK("vp.audience.ok", "addressed to {0}"),
  VP_TIME_OK("vp.time.ok", "made at {0}"),
  VP_HOLDER_BOUND("vp.holder.bound", "every credential is bound to the holder {0}"),
  VP_CREDENTIALS_OK("vp.credentials.ok", "all {0} credential(s) verified"),
  VP_REPLAY_OK("vp.replay.ok", "first use of this presentation"),
  SKIPPED_VP_UNAUTHENTICATED("skipped.vp", "skipped: the presentation was not authenticated"),
  SKIPPED_VP_NOT_ACCEPTED("skipped.vpNotAccepted",
      "skipped: not recorded, the presentation is not accepted"),
  // Open Badges 2.0 assertions.
  OB2_PARSE_HOSTED("ob2.parse.hosted", "Open Badges 2.0 hosted assertion"),
  OB2_PARSE_SIGNED("ob2.parse.signed", "Open Badges 2.0 signed assertion"),
  OB2_HOSTED_OK("ob2.hosted.ok", "the assertion is hosted at {0}, unchanged"),
  OB2_SIGNATURE_OK("ob2.signature.ok", "signature verified with the key {0}"),
  OB2_BADGE_OK("ob2.badge.ok", "badge class {0}"),
  OB2_ISSUER_OK("ob2.issuer.ok", "issuer profile {0}"),
  OB2_RECIPIENT_OK("ob2.recipient.ok", "issued to the given e-mail address"),
  OB2_RECIPIENT_NOT_CHECKED("ob2.recipient.notChecked",
      "not checked: no e-mail address was given"),
  OB2_STATUS_OK("ob2.status.ok", "not revoked (the revocation list of the issuer was read)"),
  OB2_STATUS_NO_LIST("ob2.status.noList",
      "not marked revoked; the issuer publishes no revocation list"),
  OB2_CMF_NOT_APPLICABLE("ob2.cmf.notApplicable",
      "not applicable: an Open Badges 2.0 badge carries no CMF data"),
  SKIPPED_OB2_HOSTED_FAILED("skipped.ob2.hosted", "skipped: the hosted assertion check failed"),
  SKIPPED_OB2_BADGE_FAILED("skipped.ob2.badge", "skipped: the badge class check failed"),
  SKIPPED_OB2_ISSUER_FAILED("skipped.ob2.issuer", "skipped: the issuer profile check failed"),
  // Comprehensive Learner Records.
  CLR_CREDENTIALS_OK("clr.credentials.ok", "all {0} embedded credential(s) verified"),
  SDJWT_PARSE_OK("sdjwt.parse.ok", "SD-JWT VC parsed ({0} disclosure(s))"),
  SDJWT_KEY_METADATA("sdjwt.key.metadata", "issuer key found (JWT VC issuer metadata)"),
  SDJWT_DISCLOSURES_OK("sdjwt.disclosures.ok",
      "{0} disclosure(s), each one referenced by the issuer-signed token"),
  SDJWT_CLAIMS_OK("sdjwt.claims.ok", "SD-JWT VC of type {0}"),
  SDJWT_KB_OK("sdjwt.kb.ok", "bound to the holder: key-binding JWT made at {0} with the cnf key"),
  SDJWT_KB_NOT_PRESENTED("sdjwt.kb.none",
      "not bound to a holder in this presentation (no key-binding JWT)"),
  SDJWT_STATUS_OK("sdjwt.status.ok", "not revoked or suspended (token status list)"),
  SDJWT_CMF_NOT_JUDGED("sdjwt.cmf.notJudged", "CMF conformance not judged: an SD-JWT VC shows"
      + " only what its holder disclosed; the disclosed CMF values are listed");

  /** Wording shared by the four variants (a holder class: constants cannot read enum statics). */
  private static final class Texts {
    static final String COMPROMISED_LATER = "; the issuer declared it compromised from {0},"
        + " this credential is dated before";
  }

  private final String messageKey;
  private final String english;
  private final int arity;

  DetailKey(String suffix, String english) {
    this.messageKey = "detail." + suffix;
    this.english = english;
    this.arity = new MessageFormat(english, Locale.ROOT).getFormatsByArgumentIndex().length;
  }

  /** The key in the page's message bundles, e.g. {@code detail.signature.ok}. */
  public String messageKey() {
    return messageKey;
  }

  /** The English pattern of the wire text ({@code message} in the JSON report, the CLI). */
  public String englishPattern() {
    return english;
  }

  /** How many arguments the pattern takes ({@code {0}} … {@code {arity-1}}). */
  public int arity() {
    return arity;
  }

  /**
   * Whether argument {@code index} is an ISO-8601 instant ({@code Instant.toString()}), so a
   * page can show it as a date in its own language; the wire text keeps it as it is.
   */
  public boolean isInstant(int index) {
    return index == 0 && switch (this) {
      case VALIDITY_UNTIL, VP_TIME_OK, KEY_PINNED_COMPROMISED_LATER, KEY_DID_WEB_COMPROMISED_LATER,
          KEY_DID_JWK_COMPROMISED_LATER, KEY_DID_KEY_COMPROMISED_LATER -> true;
      default -> false;
    };
  }

  /** This detail with its arguments. */
  public Detail with(String... args) {
    return new Detail(this, List.of(args));
  }
}
