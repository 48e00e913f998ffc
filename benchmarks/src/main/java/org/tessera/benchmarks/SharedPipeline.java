package org.tessera.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.cmf.CmfConformance;
import org.tessera.shared.cmf.CmfPolicy;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.schema.CredentialSchemaValidator;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustStatus;

/**
 * The offline verification pipeline of DESIGN §8 composed from src-shared calls only, in its
 * order: parse → header → key (in-memory DID document) → signature → claims → validity → both
 * schemas → JSON-LD terms → trust list → status (decoded lists held in memory) → CMF verdict.
 * It measures what the checks cost together without a verifier module's report bookkeeping; it
 * answers true only when every check passes. Not a verifier: benchmark use only.
 */
final class SharedPipeline {

  private static final Set<String> ALLOWED_HEADER = Set.of("alg", "kid", "typ");

  private final DidDocument issuerDocument;
  private final TrustList trustList;
  private final Map<String, BitstringStatusList> statusLists;
  private final Clock clock;
  private final CredentialSchemaValidator schemas = new CredentialSchemaValidator();
  private final JsonLdTermCheck terms = new JsonLdTermCheck();

  SharedPipeline(DidDocument issuerDocument, TrustList trustList,
      Map<String, BitstringStatusList> statusLists, Clock clock) {
    this.issuerDocument = issuerDocument;
    this.trustList = trustList;
    this.statusLists = Map.copyOf(statusLists);
    this.clock = clock;
  }

  boolean verify(String compact) {
    Optional<ParsedCredentialJwt> parsed = CredentialJwt.parse(compact);
    if (parsed.isEmpty() || !ALLOWED_HEADER.containsAll(parsed.get().headerParameterNames())) {
      return false;
    }
    ParsedCredentialJwt jwt = parsed.get();
    Optional<JwsAlgorithm> alg = JwsAlgorithm.fromHeader(jwt.alg());
    Optional<JWK> key = jwt.kid()
        .filter(kid -> kid.startsWith(issuerDocument.id() + "#"))
        .flatMap(issuerDocument::assertionKey);
    if (alg.isEmpty() || key.isEmpty() || !JwsVerifiers.verify(jwt.jwt(), key.get(), alg.get())) {
      return false;
    }
    ObjectNode credential = jwt.credential();
    ObjectNode claims = jwt.claims();
    return claimsMatch(credential, claims)
        && withinValidity(claims)
        && schemas.validate(credential).isEmpty()
        && terms.check(credential).ok()
        && trusted(claims.path("iss").asText())
        && notRevoked(credential.path("credentialStatus"))
        && CmfConformance.evaluate(credential, CmfPolicy.EU_CMF).conformant();
  }

  private static boolean claimsMatch(ObjectNode credential, ObjectNode claims) {
    return claims.path("iss").asText().equals(credential.path("issuer").path("id").asText())
        && claims.path("sub").asText().equals(credential.path("credentialSubject").path("id").asText())
        && claims.path("jti").asText().equals(credential.path("id").asText())
        && claims.path("nbf").asLong()
            == OffsetDateTime.parse(credential.path("validFrom").asText()).toEpochSecond();
  }

  private boolean withinValidity(ObjectNode claims) {
    long now = clock.instant().getEpochSecond();
    return claims.path("nbf").asLong() <= now
        && (!claims.has("exp") || now < claims.path("exp").asLong());
  }

  private boolean trusted(String issuerId) {
    Instant now = clock.instant();
    return trustList.issuer(issuerId)
        .flatMap(issuer -> issuer.statusAt(now))
        .filter(status -> status == TrustStatus.GRANTED)
        .isPresent();
  }

  private boolean notRevoked(JsonNode status) {
    for (JsonNode entry : status.isArray() ? status : List.of(status)) {
      BitstringStatusList list = statusLists.get(entry.path("statusListCredential").asText());
      if (list == null || list.get(Integer.parseInt(entry.path("statusListIndex").asText()))) {
        return false;
      }
    }
    return true;
  }
}
