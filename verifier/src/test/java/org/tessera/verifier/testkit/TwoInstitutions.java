package org.tessera.verifier.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.presentation.PresentationPolicy;
import org.tessera.verifier.testkit.Presentations.Holder;

/**
 * The world of a presentation test: two accredited institutions (a university with a fresh key,
 * Tessera Academy with its keys-sample key), each with its own site, DID and status list, on one
 * trust list; and the learner holding the keys-sample wallet key (did:key).
 */
public final class TwoInstitutions implements AutoCloseable {

  public static final String NONCE = "n-0S6_WzA2Mj";
  public static final String AUDIENCE = "https://employer.example/verifier";

  public final Fixture university = new Fixture();
  public final Fixture academy =
      new Fixture(Presentations.sampleKey("institutions/tessera-academy/academy-es256-1.jwk"));
  public final Holder learner = Holder.didKey(Presentations.sampleKey("wallet/learner.jwk"));

  public TwoInstitutions() {
    university.writeTrustList(university.trustList(List.of(
        trusted(university.did, Fixture.ISSUER_NAME, "NL"),
        trusted(academy.did, "Tessera Academy", "DE"))));
  }

  private static TrustedIssuer trusted(String did, String name, String country) {
    return new TrustedIssuer(did, name, country, List.of(
        new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        List.of(), Fixture.scope(5, 8));
  }

  /** {@code issuer}'s template credential awarded to {@code subject}, signed. */
  public String credential(Fixture issuer, String subject) {
    ObjectNode credential = issuer.credential();
    ((ObjectNode) credential.get("credentialSubject")).put("id", subject);
    return issuer.sign(credential);
  }

  /** As above, its revocation entry at {@code index} of the issuer's list. */
  public String credential(Fixture issuer, String subject, int index) {
    ObjectNode credential = issuer.credential();
    ((ObjectNode) credential.get("credentialSubject")).put("id", subject);
    ObjectNode status = (ObjectNode) credential.get("credentialStatus");
    status.put("id", issuer.statusUrl() + "#" + index);
    status.put("statusListIndex", String.valueOf(index));
    return issuer.sign(credential);
  }

  /** Revokes {@code index} on {@code issuer}'s list. */
  public void revoke(Fixture issuer, int index) {
    issuer.publishStatusList(StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072).with(index, true), Map.of());
  }

  /** The learner's two credentials, one from each institution. */
  public List<String> learnerCredentials() {
    return List.of(credential(university, learner.did()), credential(academy, learner.did()));
  }

  public Verifier verifier() {
    return verifier(PresentationPolicy.defaults());
  }

  public Verifier verifier(PresentationPolicy policy) {
    return Verifier.create(university.config(), policy, university.clock,
        PinnedSafeFetcher.create(true));
  }

  @Override
  public void close() {
    university.close();
    academy.close();
  }
}
