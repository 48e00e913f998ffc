package org.tessera.shared.jose;

/** How a credential is carried in a JWT. */
public enum JwtShape {
  /** Open Badges 3.0 JWT proof: the payload is the credential plus iss/sub/jti/nbf/exp. */
  OB3_JWT,
  /** VC Data Model 1.1 JWT: the credential is inside the {@code vc} claim (OpenID4VCI jwt_vc_json). */
  VCDM11_VC_CLAIM,
  /** VC-JOSE-COSE ({@code typ} vc+jwt): the payload is the VC 2.0 credential itself. */
  VC_JOSE_COSE
}
