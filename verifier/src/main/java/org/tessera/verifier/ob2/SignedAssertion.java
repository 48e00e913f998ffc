package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.verifier.checks.HeaderCheck;
import org.tessera.verifier.checks.ParseCheck;
import org.tessera.verifier.checks.SignatureCheck;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckRun;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * A signed assertion is authentic when its JWS verifies with the CryptographicKey its
 * {@code verification.creator} names, fetched under the network rules. The header may carry
 * {@code alg} (ES256, RS256, EdDSA; never {@code none} or HMAC), {@code typ} {@code JWT} and a
 * {@code kid} (unused): a key or key URL in the header ({@code jwk}, {@code jku}, {@code x5u},
 * {@code x5c}), {@code crit} or anything else is refused. Whether the issuer owns the key is the
 * issuer check's concern.
 */
final class SignedAssertion {

  private static final Set<String> ALLOWED_HEADER = Set.of("alg", "typ", "kid");

  private final Ob2Fetcher fetcher;

  SignedAssertion(Ob2Fetcher fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** Runs {@code parse}, {@code header} and {@code signature}; empty when one failed. */
  Optional<Authenticated> authenticate(Ob2Presented.Signed signed, CheckRun run,
      Deadline deadline) {
    String[] parts = signed.compact().split("\\.", -1);
    Optional<ObjectNode> header = CredentialJwt.decodeJson(parts[0]);
    Optional<ObjectNode> payload = Ob2Input.signedPayload(signed.compact());
    if (header.isEmpty() || payload.isEmpty()) {
      run.add(CheckResult.failed(ParseCheck.ID, ErrorCode.MALFORMED_INPUT));
      return Optional.empty();
    }
    if (!AssertionShape.isSigned(payload.get())) {
      run.add(CheckResult.failed(ParseCheck.ID, ErrorCode.OB2_ASSERTION_INVALID));
      return Optional.empty();
    }
    run.add(CheckResult.passed(ParseCheck.ID, DetailKey.OB2_PARSE_SIGNED.with()));
    Optional<ErrorCode> refusal = headerRefusal(header.get());
    if (refusal.isPresent()) {
      run.add(CheckResult.failed(HeaderCheck.ID, refusal.get()));
      return Optional.empty();
    }
    JwsAlgorithm alg = JwsAlgorithm.fromHeader(header.get().get("alg").textValue()).orElseThrow();
    run.add(CheckResult.passed(HeaderCheck.ID, DetailKey.HEADER_OK.with(alg.headerName())));
    URI keyUrl = Ob2Json.url(Ob2Json.ref(payload.get().get("verification").get("creator")))
        .orElseThrow();
    Ob2Fetcher.Fetched fetched = fetcher.document(keyUrl, deadline);
    if (!(fetched instanceof Ob2Fetcher.Fetched.Found found)) {
      run.add(CheckResult.failed(SignatureCheck.ID, fetched instanceof Ob2Fetcher.Fetched.Blocked
          ? ErrorCode.FETCH_BLOCKED : ErrorCode.OB2_KEY_UNREACHABLE));
      return Optional.empty();
    }
    ObjectNode keyDocument = found.document();
    Optional<JWK> key = Ob2Json.hasType(keyDocument, "CryptographicKey")
        ? Ob2Json.text(keyDocument.get("publicKeyPem")).flatMap(PemPublicKey::parse)
        : Optional.empty();
    if (key.isEmpty()) {
      run.add(CheckResult.failed(SignatureCheck.ID, ErrorCode.OB2_KEY_UNREACHABLE));
      return Optional.empty();
    }
    if (!verifies(signed.compact(), key.get(), alg)) {
      run.add(CheckResult.failed(SignatureCheck.ID, ErrorCode.OB2_SIGNATURE_INVALID));
      return Optional.empty();
    }
    run.add(CheckResult.passed(SignatureCheck.ID,
        DetailKey.OB2_SIGNATURE_OK.with(keyUrl.toString())));
    return Optional.of(new Authenticated(payload.get(), keyUrl.toString(),
        Optional.of(keyDocument)));
  }

  static Optional<ErrorCode> headerRefusal(ObjectNode header) {
    if (Ob2Json.text(header.get("alg")).flatMap(JwsAlgorithm::fromHeader).isEmpty()) {
      return Optional.of(ErrorCode.ALG_NOT_ALLOWED);
    }
    Set<String> names = new HashSet<>();
    header.fieldNames().forEachRemaining(names::add);
    boolean typOk = !header.has("typ") || Ob2Json.text(header.get("typ"))
        .map(t -> t.toLowerCase(Locale.ROOT)).filter(t -> t.equals("jwt")).isPresent();
    if (!ALLOWED_HEADER.containsAll(names) || !typOk) {
      return Optional.of(ErrorCode.HEADER_NOT_ALLOWED);
    }
    return Optional.empty();
  }

  /** The key's own algorithm must be the header's; nimbus checks the signature. */
  private static boolean verifies(String compact, JWK key, JwsAlgorithm alg) {
    try {
      return JwsVerifiers.verify(JWSObject.parse(compact), key, alg);
    } catch (ParseException e) {
      return false;
    }
  }
}
