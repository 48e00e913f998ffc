package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

/**
 * A deployment serving a further institution ({@code /institutions/academy}, did:web with a
 * path), issuer → verifier: its credentials are signed with its own key and resolve through its
 * own DID document; trust follows the institution's DID, not the deployment's; the default
 * institution's key cannot speak for it; its revocations reach the verifier.
 */
class InstitutionRoundTripTest {

  private static final String ID = "academy";
  private static final String NAME = "Round Trip Academy";
  private static final String PREFIX = "/institutions/" + ID;

  @RegisterExtension
  static final RunningIssuer issuer = new RunningIssuer(Map.of(ID, NAME));

  /** A trust list that accredits the institution (and not the default institution). */
  private static Fixture academyTrust;

  @BeforeAll
  static void trustTheAcademy() {
    academyTrust = new Fixture();
    academyTrust.writeTrustList(academyTrust.trustList(List.of(
        RunningIssuer.granted(issuer.institutionDid(ID), NAME, "DE"))));
  }

  @AfterAll
  static void closeTrust() {
    academyTrust.close();
  }

  private static JsonNode issue() {
    return issuer.issue(PREFIX, issuer.createAchievement(PREFIX, false));
  }

  @Test
  void issuedByInstitution_namesItsDidAndVerifiesWhenTrustListNamesIt() throws ParseException {
    JsonNode issued = issue();
    String jwt = issued.get("jwt").asText();
    String did = issuer.institutionDid(ID);
    assertThat(did).endsWith(":institutions:" + ID).startsWith(issuer.did() + ":");
    assertThat(issued.at("/credential/issuer/id").asText()).isEqualTo(did);
    assertThat(JWSObject.parse(jwt).getHeader().getKeyID()).isEqualTo(did + "#" + ID + "-es256");

    VerificationReport report = RunningIssuer.verify(jwt, academyTrust);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(report.issuer()).get().satisfies(i -> assertThat(i.name()).contains(NAME));
  }

  @Test
  void issuedByInstitution_trustListNamingOnlyTheDefaultInstitution_issuerNotTrusted() {
    String jwt = issue().get("jwt").asText();

    assertThat(issuer.verify(jwt).errorCodes()).containsExactly(ErrorCode.ISSUER_NOT_TRUSTED);
    // ... while the default institution's own credentials pass that list.
    assertThat(issuer.verify(issuer.issue(issuer.createAchievement(false)).get("jwt").asText())
        .verified()).isTrue();
  }

  @Test
  void signedWithDefaultInstitutionsKey_claimingTheInstitution_rejected() throws ParseException {
    JWSObject original = JWSObject.parse(issue().get("jwt").asText());
    String did = issuer.institutionDid(ID);

    // The default key under its own kid, under the institution's kid, and under a kid the
    // institution does not have.
    assertThat(resignedWithDefaultKey(original, issuer.did() + "#es256-1"))
        .containsExactly(ErrorCode.KID_ISSUER_MISMATCH);
    assertThat(resignedWithDefaultKey(original, did + "#" + ID + "-es256"))
        .containsExactly(ErrorCode.SIGNATURE_INVALID);
    assertThat(resignedWithDefaultKey(original, did + "#es256-1"))
        .containsExactly(ErrorCode.KEY_NOT_FOUND);
  }

  @Test
  void revokedThroughInstitutionApi_failsWithRevoked() {
    JsonNode issued = issue();
    String jwt = issued.get("jwt").asText();
    assertThat(RunningIssuer.verify(jwt, academyTrust).verified()).isTrue();

    issuer.post(PREFIX + "/api/credentials/" + issued.get("id").asText() + "/revoke",
        "{\"reason\": \"issued in error\"}");

    assertThat(RunningIssuer.verify(jwt, academyTrust).errorCodes())
        .containsExactly(ErrorCode.REVOKED);
  }

  /** The payload of {@code original}, signed with the default institution's key under {@code kid}. */
  private static List<ErrorCode> resignedWithDefaultKey(JWSObject original, String kid) {
    ObjectNode payload = Json.parseUntrustedObject(original.getPayload().toString()).orElseThrow();
    JWSHeader header = new JWSHeader.Builder(original.getHeader()).keyID(kid).build();
    String forged = Fixture.signRaw(header, payload,
        JwsSigners.forKey(issuer.defaultKey("es256-1")));
    VerificationReport report = RunningIssuer.verify(forged, academyTrust);
    assertThat(report.verified()).isFalse();
    return report.errorCodes();
  }
}
