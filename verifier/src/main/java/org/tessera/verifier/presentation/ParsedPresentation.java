package org.tessera.verifier.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A presentation JWT split into its parts, NOT verified: everything in it is a claim until the
 * signature of the holder it names has been checked.
 *
 * @param jws the JWS, for the signature check
 * @param shape how it is carried
 * @param holder the holder DID it names ({@code iss}, or {@code holder} / {@code vp.holder})
 * @param claims the whole payload
 * @param credentials the entries of {@code verifiableCredential}, in order
 * @param alg the header {@code alg} as written
 * @param kid the header {@code kid}
 * @param typ the header {@code typ}
 * @param cty the header {@code cty}
 * @param headerParameterNames every header member name
 */
record ParsedPresentation(JWSObject jws, PresentationShape shape, String holder,
    ObjectNode claims, List<JsonNode> credentials, String alg, Optional<String> kid,
    Optional<String> typ, Optional<String> cty, Set<String> headerParameterNames) {

  ParsedPresentation {
    Objects.requireNonNull(jws, "jws");
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(holder, "holder");
    claims = claims.deepCopy();
    credentials = credentials.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    Objects.requireNonNull(alg, "alg");
    Objects.requireNonNull(kid, "kid");
    Objects.requireNonNull(typ, "typ");
    Objects.requireNonNull(cty, "cty");
    headerParameterNames = Set.copyOf(headerParameterNames);
  }

  /** The bytes the signature covers (header and payload, not the signature): replay key. */
  byte[] signingInput() {
    return jws.getSigningInput();
  }

  @Override
  public String toString() {
    // Claims and credentials are personal data: never in logs.
    return "ParsedPresentation[" + shape + ", " + credentials.size() + " credential(s)]";
  }
}
