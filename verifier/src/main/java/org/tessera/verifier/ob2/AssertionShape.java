package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The fields OB 2.0 requires of an Assertion before anything is fetched for it: the OB 2.0
 * context, type {@code Assertion}, an {@code id}, a {@code recipient} IdentityObject, a
 * {@code badge} link, {@code issuedOn}, and a {@code verification} of the given kind (hosted:
 * {@code HostedBadge} and an http(s) id; signed: {@code SignedBadge} with the key's URL as
 * {@code creator}).
 */
final class AssertionShape {

  private AssertionShape() {}

  static boolean isHosted(JsonNode assertion) {
    return common(assertion) && Ob2Json.url(Ob2Json.id(assertion)).isPresent()
        && Ob2Json.hasType(assertion.get("verification"), "HostedBadge", "hosted");
  }

  static boolean isSigned(JsonNode assertion) {
    JsonNode verification = assertion.get("verification");
    return common(assertion) && Ob2Json.hasType(verification, "SignedBadge", "signed")
        && Ob2Json.url(Ob2Json.ref(verification.get("creator"))).isPresent();
  }

  private static boolean common(JsonNode assertion) {
    return assertion != null && assertion.isObject()
        && Ob2Context.isNamedBy(assertion.get("@context"))
        && Ob2Json.hasType(assertion, "Assertion") && Ob2Json.id(assertion).isPresent()
        && assertion.path("recipient").isObject()
        && assertion.path("recipient").path("identity").isTextual()
        && Ob2Json.url(Ob2Json.ref(assertion.get("badge"))).isPresent()
        && assertion.path("issuedOn").isTextual()
        && assertion.path("verification").isObject();
  }
}
