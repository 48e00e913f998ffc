package org.tessera.verifier.oid4vp;

import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.sdjwt.SdJwtExpectations;

/**
 * How a {@code dc+sd-jwt} presentation is verified: {@code Verifier::verifySdJwt} (issuer
 * signature, disclosures, key-binding JWT with the expected nonce and audience, status, trust).
 * An interface for the same reason as {@link PresentationCheck}.
 */
@FunctionalInterface
public interface SdJwtCheck {

  VerificationReport verify(String sdJwt, SdJwtExpectations expected);
}
