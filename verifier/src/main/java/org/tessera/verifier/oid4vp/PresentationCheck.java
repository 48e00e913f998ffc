package org.tessera.verifier.oid4vp;

import org.tessera.verifier.presentation.PresentationExpectations;
import org.tessera.verifier.presentation.PresentationReport;
import org.tessera.verifier.presentation.ReplayStore;

/**
 * How an answer's presentations are verified: {@code Verifier::verifyPresentation} (holder
 * binding, nonce, audience, every credential, replay against {@code replays}). An interface so
 * that this package does not depend on the library's entry point, which the settings tie to it.
 */
@FunctionalInterface
public interface PresentationCheck {

  PresentationReport verify(String presentation, PresentationExpectations expected,
      ReplayStore replays);
}
