package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.jose.JwtShape;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * Check 5, claims ↔ credential: the JWT registered claims must say the same as the credential
 * ({@code iss} = issuer, {@code sub} = subject id, {@code jti} = id, {@code nbf} = validFrom,
 * {@code exp} = validUntil), so that a JWT-only consumer and a credential consumer agree. A claim
 * that is absent is not compared, except {@code iss}, which OB 3.0 and VCDM 1.1 JWTs must carry.
 */
public final class ClaimsCheck implements CredentialRule {

  public static final String ID = "claims";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult run(AuthenticatedCredential credential) {
    return check(credential.jwt());
  }

  CheckResult check(ParsedCredentialJwt jwt) {
    ObjectNode claims = jwt.claims();
    ObjectNode credential = jwt.credential();
    List<String> mismatched = new ArrayList<>();
    JsonNode iss = claims.get("iss");
    if (iss == null ? jwt.shape() != JwtShape.VC_JOSE_COSE
        : !textEquals(iss, CredentialFields.issuerId(credential))) {
      mismatched.add("iss");
    }
    compareText(claims.get("sub"), CredentialFields.subjectId(credential), "sub", mismatched);
    compareText(claims.get("jti"), CredentialFields.id(credential), "jti", mismatched);
    compareTime(claims.get("nbf"), CredentialFields.validFromText(credential), "nbf", mismatched);
    compareTime(claims.get("exp"), CredentialFields.validUntilText(credential), "exp", mismatched);
    if (!mismatched.isEmpty()) {
      return CheckResult.failed(ID, ErrorCode.CLAIMS_MISMATCH,
          "JWT claims contradict the credential: " + String.join(", ", mismatched));
    }
    return CheckResult.passed(ID, DetailKey.CLAIMS_OK.with());
  }

  private static void compareText(JsonNode claim, Optional<String> expected, String name,
      List<String> mismatched) {
    if (claim != null && !textEquals(claim, expected)) {
      mismatched.add(name);
    }
  }

  private static void compareTime(JsonNode claim, Optional<String> expected, String name,
      List<String> mismatched) {
    if (claim == null) {
      return;
    }
    Optional<Long> seconds = expected.flatMap(CredentialFields::instant).map(i -> i.getEpochSecond());
    if (!claim.isIntegralNumber() || seconds.isEmpty() || claim.asLong() != seconds.get()) {
      mismatched.add(name);
    }
  }

  private static boolean textEquals(JsonNode claim, Optional<String> expected) {
    return claim.isTextual() && expected.isPresent() && claim.asText().equals(expected.get());
  }
}
