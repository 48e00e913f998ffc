package org.tessera.verifier.presentation;

/** How a presentation reached the verifier. */
public enum PresentationShape {
  /** A VP JWT with a {@code vp} claim (VCDM 1.1), as OpenID4VP {@code jwt_vc_json} uses it. */
  VCDM11_VP_CLAIM,
  /** A VCDM 2.0 {@code VerifiablePresentation} secured with VC-JOSE-COSE ({@code vp+jwt}). */
  VC_JOSE_COSE,
  /** The same, inside an {@code EnvelopedVerifiablePresentation} data URL. */
  ENVELOPED_VC_JOSE_COSE
}
