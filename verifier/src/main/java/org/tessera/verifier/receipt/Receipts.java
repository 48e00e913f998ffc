package org.tessera.verifier.receipt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.jose.Sha256Base64Url;
import org.tessera.shared.json.Json;
import org.tessera.verifier.checks.CredentialFields;
import org.tessera.verifier.page.Verdict;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.transcript.TranscriptReport;

/**
 * Verification receipts: a JWT signed by the verifier's own key saying when which credential was
 * checked and with what outcome. It identifies the credential by its id, issuer and the SHA-256
 * of its JWT; it never contains the credential or anything about the learner.
 *
 * <p>It is JSON-LD too (an independent processor in safe mode expands it without dropping a
 * member): its inline {@code @context} maps each member to a term of Tessera's receipt
 * vocabulary ({@value #VOCABULARY}), one by one — no {@code @vocab}, which would define any
 * member at all. A learner record's receipt states the record's overall outcome,
 * {@code clr.credentials} included (decision 0044).
 *
 * <pre>
 * {"@context": {member: VOCABULARY + member, …}, "iss": verifierId, "iat", "jti": "urn:uuid:…",
 *  "credential": {"jti"?, "issuer"?, "sha256": base64url(SHA-256(JWT))},
 *  "verified": bool, "verdict": "valid|revoked|suspended|expired|not-trusted|invalid",
 *  "reason"?: ERROR_CODE, "checks": [{"id", "status", "code"?}], "trust_list_sequence"?: n}
 * </pre>
 */
public final class Receipts {

  /** Where the receipt's members are defined (docs/verifier.md, "Verification receipts"). */
  public static final String VOCABULARY = "https://w3id.org/tessera/vocab/receipt#";

  /** Every member a receipt can have, at any depth. */
  static final List<String> MEMBERS = List.of("iss", "iat", "jti", "credential", "issuer",
      "sha256", "verified", "verdict", "reason", "checks", "id", "status", "code",
      "trust_list_sequence");

  private final ReceiptKey key;
  private final String verifierId;
  private final Clock clock;

  public Receipts(ReceiptKey key, String verifierId, Clock clock) {
    this.key = Objects.requireNonNull(key, "key");
    this.verifierId = Objects.requireNonNull(verifierId, "verifierId");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public ReceiptKey key() {
    return key;
  }

  /**
   * A signed receipt for {@code report}, the outcome of verifying {@code credentialJwt}; with a
   * learner record's {@code transcript}, its verdict and checks are the receipt's (a record with
   * an invalid embedded credential never gets a "valid" receipt).
   */
  public String issue(VerificationReport report, Optional<TranscriptReport> transcript,
      String credentialJwt) {
    ObjectNode claims = Json.object();
    ObjectNode context = claims.putObject("@context");
    MEMBERS.forEach(member -> context.put(member, VOCABULARY + member));
    claims.put("iss", verifierId);
    claims.put("iat", clock.instant().getEpochSecond());
    claims.put("jti", "urn:uuid:" + UUID.randomUUID());
    ObjectNode credential = claims.putObject("credential");
    // Id and issuer only once authenticated: before that they are attacker-chosen text.
    report.credential().ifPresent(c -> {
      CredentialFields.id(c).ifPresent(id -> credential.put("jti", id));
      CredentialFields.issuerId(c).ifPresent(iss -> credential.put("issuer", iss));
    });
    // Both ECDSA twins of one credential get one fingerprint.
    credential.put("sha256", sha256(JwsVerifiers.canonicalCompact(credentialJwt)));
    Verdict verdict = transcript.map(Verdict::of).orElseGet(() -> Verdict.of(report));
    claims.put("verified", transcript.map(TranscriptReport::verified).orElse(report.verified()));
    claims.put("verdict", verdict.kind().id());
    verdict.reason().ifPresent(code -> claims.put("reason", code.name()));
    ArrayNode checks = claims.putArray("checks");
    for (CheckResult check : transcript.map(TranscriptReport::checks).orElse(report.checks())) {
      ObjectNode node = checks.addObject().put("id", check.id())
          .put("status", check.status().wireName());
      check.code().ifPresent(code -> node.put("code", code.name()));
    }
    report.trustListSequence().ifPresent(n -> claims.put("trust_list_sequence", n));
    return key.sign(Json.write(claims));
  }

  static String sha256(String text) {
    return Sha256Base64Url.of(text);
  }
}
