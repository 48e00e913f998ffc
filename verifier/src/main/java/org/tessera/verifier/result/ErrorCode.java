package org.tessera.verifier.result;

/**
 * The public, stable error codes of the verifier. Clients (wallets, scripts, the verification
 * page) match on these names: never rename or remove one, only add. Each code carries a fixed
 * description that never contains input data, so it is safe to show before the signature is
 * verified.
 */
public enum ErrorCode {
  MALFORMED_INPUT("The input is not a compact JWT or a supported JSON wrapper."),
  UNSUPPORTED_SHAPE("The token is not an OB 3.0 JWT, a VCDM 1.1 vc-claim JWT or a vc+jwt."),
  ALG_NOT_ALLOWED("The signature algorithm is not allowed (only ES256, RS256 and EdDSA)."),
  TYP_NOT_ALLOWED("The typ or cty header is not allowed for a credential."),
  HEADER_NOT_ALLOWED("The JOSE header carries a parameter other than alg, kid, typ, cty"
      + " and a copy of the issuer (iss)."),
  KID_MISSING("The JOSE header has no kid."),
  KID_ISSUER_MISMATCH("The kid is not a DID URL of the credential's issuer."),
  DID_RESOLUTION_FAILED("The issuer's DID could not be resolved."),
  KEY_NOT_FOUND("The kid names no assertion key of the issuer."),
  SIGNATURE_INVALID("The signature does not verify with the issuer's key."),
  CLAIMS_MISMATCH("The JWT claims (iss, sub, jti, nbf, exp) contradict the credential."),
  NOT_YET_VALID("The credential is not valid yet (validFrom is in the future)."),
  EXPIRED("The credential has expired (validUntil is in the past)."),
  SCHEMA_INVALID("The credential does not conform to its JSON Schemas."),
  JSONLD_INVALID("The credential uses an unknown JSON-LD context or an undefined term."),
  TRUST_LIST_UNAVAILABLE("No valid trust list is available."),
  TRUST_LIST_INVALID("The trust list is not correctly signed, has expired or was rolled back."),
  ISSUER_NOT_TRUSTED("The issuer is not on the trust list."),
  ISSUER_TRUST_SUSPENDED("The issuer's accreditation is suspended or was not granted at issuance."),
  ACCREDITATION_OUT_OF_SCOPE("The credential lies outside the issuer's accreditation scope."),
  STATUS_LIST_UNAVAILABLE("The status list could not be fetched."),
  STATUS_LIST_INVALID("The status list credential is invalid (signature, compromised key, type,"
      + " index or size)."),
  STATUS_LIST_ISSUER_MISMATCH("The status list was not issued by the credential's issuer."),
  REVOKED("The credential has been revoked."),
  SUSPENDED("The credential is suspended."),
  CMF_NOT_CONFORMANT("The credential does not meet the EU Common Microcredential Framework."),
  FETCH_BLOCKED("An outbound URL was refused by the network rules (https, public address)."),
  KEY_COMPROMISED("The issuer declared the signing key compromised from a date at or before"
      + " the credential's date."),
  STATUS_LIMIT_EXCEEDED("The credential names more status entries or status lists than this"
      + " verifier checks."),
  // Presentations (one holder presents several credentials): the presentation's own checks.
  PRESENTATION_MALFORMED("The input is not a VP JWT, a vp+jwt presentation or an"
      + " EnvelopedVerifiablePresentation holding credentials."),
  PRESENTATION_TOO_LARGE("The presentation is larger than the verifier accepts."),
  TOO_MANY_CREDENTIALS("The presentation holds more credentials than the verifier accepts."),
  PRESENTATION_HEADER_NOT_ALLOWED("The presentation's JOSE header carries a parameter, typ or cty"
      + " that is not allowed."),
  HOLDER_KEY_NOT_FOUND("The presentation's kid names no usable authentication key of the"
      + " holder's DID."),
  PRESENTATION_SIGNATURE_INVALID("The presentation's signature does not verify with the holder's"
      + " key."),
  NONCE_MISMATCH("The presentation's nonce is not the one the verifier asked for."),
  AUDIENCE_MISMATCH("The presentation is addressed to another audience (aud)."),
  PRESENTATION_EXPIRED("The presentation was made longer ago than the verifier accepts (iat), or"
      + " its exp has passed."),
  PRESENTATION_NOT_YET_VALID("The presentation is dated in the future (iat or nbf)."),
  HOLDER_MISMATCH("A credential's subject, or a holder claim of the presentation, is not the"
      + " holder who signed the presentation."),
  CREDENTIAL_NOT_BOUND("A credential names no subject, so it is not bound to the holder."),
  CREDENTIAL_NOT_VERIFIED("At least one credential in the presentation did not verify."),
  PRESENTATION_REPLAYED("This presentation, or another one for the same nonce, was already"
      + " accepted."),
  REPLAY_CHECK_UNAVAILABLE("The verifier cannot record more presentations right now; try again"
      + " shortly."),
  // Credentials again (added later; codes are only ever appended).
  RELATED_RESOURCE_MISMATCH("A relatedResource digest does not match this verifier's copy of"
      + " a context or schema the credential names."),
  // Open Badges 2.0 assertions (hosted or signed; docs/decisions/0045).
  OB2_ASSERTION_INVALID("The Open Badges 2.0 assertion lacks a required field or has a wrong"
      + " type, date or verification method."),
  OB2_HOSTED_UNREACHABLE("The hosted Open Badges 2.0 assertion could not be fetched from its id."),
  OB2_HOSTED_MISMATCH("The Open Badges 2.0 assertion differs from the copy hosted at its id."),
  OB2_KEY_UNREACHABLE("The signing key (verification.creator) could not be fetched or is not a"
      + " usable CryptographicKey."),
  OB2_SIGNATURE_INVALID("The signature of the Open Badges 2.0 assertion does not verify with the"
      + " key it names."),
  OB2_KEY_NOT_OWNED("The signing key is not owned by the badge's issuer, or the issuer profile"
      + " does not list it."),
  OB2_BADGE_UNREACHABLE("The BadgeClass could not be fetched or does not name its issuer."),
  OB2_ISSUER_UNREACHABLE("The issuer profile could not be fetched or is not an Issuer."),
  OB2_ISSUER_MISMATCH("The assertion or its BadgeClass is not hosted where the issuer profile"
      + " allows."),
  OB2_EXPIRED("The Open Badges 2.0 assertion has expired."),
  OB2_RECIPIENT_MISMATCH("The Open Badges 2.0 assertion was not issued to the given e-mail"
      + " address."),
  OB2_REVOKED("The Open Badges 2.0 assertion has been revoked."),
  OB2_REVOCATION_LIST_UNAVAILABLE("The issuer's revocation list could not be fetched or read."),
  // OpenID4VP transactions (the verifier asked a wallet; these say why an answer was refused).
  VP_TOKEN_MALFORMED("The vp_token is not a JSON object mapping DCQL credential query ids to"
      + " non-empty arrays of presentations."),
  VP_TOKEN_TOO_LARGE("The vp_token is larger, or holds more presentations, than the verifier"
      + " accepts."),
  DCQL_NOT_SATISFIED("The presentations do not satisfy the DCQL query: a required credential is"
      + " missing, of another type or without a requested claim, several came for a single"
      + " query, or an id was not asked for."),
  TRANSACTION_NOT_FOUND("No open OpenID4VP transaction has this id or state."),
  TRANSACTION_EXPIRED("The OpenID4VP transaction has expired."),
  TRANSACTION_ALREADY_ANSWERED("The OpenID4VP transaction was already answered; it takes one"
      + " answer."),
  REQUEST_OBJECT_ALREADY_FETCHED("The request object of this transaction was already fetched;"
      + " it is handed out once."),
  WALLET_DECLINED("The wallet answered with an error (such as access_denied) instead of"
      + " presentations."),
  TRANSACTION_STORE_FULL("The verifier holds as many open OpenID4VP transactions as it can;"
      + " try again shortly."),
  RESPONSE_ENCRYPTION_INVALID("The answer is not encrypted as the request asked (direct_post.jwt:"
      + " a JWE to the request's key with ECDH-ES and A128GCM or A256GCM), or it is encrypted"
      + " when the request did not ask for it."),
  // Comprehensive Learner Records (a ClrCredential embedding AchievementCredentials).
  CLR_SCHEMA_NOT_BUNDLED("The CLR 2.0 JSON Schema is not bundled with this verifier, so the"
      + " record's own structure was not validated against it."),
  EMBEDDED_CREDENTIAL_NOT_VERIFIED("At least one credential embedded in the learner record did"
      + " not verify."),
  EMBEDDED_CREDENTIAL_UNVERIFIABLE("At least one credential embedded in the learner record"
      + " carries no proof this verifier can check: only the record's issuer vouches for it."),
  EMBEDDED_CREDENTIAL_OTHER_SUBJECT("A credential embedded in the learner record was awarded to"
      + " another subject than the record's learner."),
  TOO_MANY_EMBEDDED_CREDENTIALS("The learner record embeds more credentials than this verifier"
      + " checks."),
  // SD-JWT VCs (IETF SD-JWT, SD-JWT VC, Token Status List; docs/decisions/0059).
  SD_JWT_MALFORMED("The input is not an SD-JWT: <issuer-signed JWT>~<disclosure>~...~[<key-binding"
      + " JWT>]."),
  SD_JWT_CLAIMS_INVALID("The SD-JWT VC lacks vct or an https or DID iss, or a time, cnf or status"
      + " claim has the wrong type."),
  SD_ALG_NOT_ALLOWED("The SD-JWT's _sd_alg is not sha-256."),
  SD_JWT_ISSUER_METADATA_UNAVAILABLE("The issuer's JWT VC issuer metadata (its keys) could not be"
      + " fetched, or does not name this issuer."),
  DISCLOSURE_TAMPERED("A disclosure has been altered: it no longer decodes to a [salt, name, value]"
      + " array of the kind its reference needs."),
  DISCLOSURE_NOT_IN_TOKEN("A disclosure's digest is not in the issuer-signed token."),
  DISCLOSURE_DUPLICATE("A digest occurs twice in the issuer-signed token, or a disclosure is"
      + " presented twice."),
  DISCLOSURE_CLAIM_CONFLICT("A disclosure names _sd or ..., or a claim the token already has."),
  KB_JWT_INVALID("The key-binding JWT is malformed, is not typ kb+jwt or lacks iat, nonce, aud"
      + " or sd_hash, or the credential has no cnf key."),
  KB_JWT_SIGNATURE_INVALID("The key-binding JWT is not signed by the key the credential binds"
      + " (cnf)."),
  KB_JWT_SD_HASH_MISMATCH("The key-binding JWT's sd_hash is not the hash of the presented SD-JWT."),
  KB_JWT_MISSING("A nonce or audience was asked for, but the SD-JWT carries no key-binding JWT.");

  private final String description;

  ErrorCode(String description) {
    this.description = description;
  }

  /** A fixed, input-free sentence explaining the code. */
  public String description() {
    return description;
  }
}
