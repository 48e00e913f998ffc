package org.tessera.issuer.audit;

/** What an audit event records. Stored by name: never rename a constant, only add. */
public enum AuditAction {
  ACHIEVEMENT_CREATE,
  ISSUE,
  REVOKE,
  SUSPEND,
  REINSTATE,
  CLAIM_LINK_CREATE,
  CLAIM_EMAIL_SENT,
  CLAIM_EMAIL_FAILED,
  /** A credential offer created (OpenID4VCI). */
  OFFER,
  /** A credential collected by a wallet and bound to its key (OpenID4VCI). */
  BIND,
  KEY_REGISTER,
  KEY_ACTIVATE,
  KEY_RETIRE,
  KEY_COMPROMISE,
  TOKEN_CREATE,
  TOKEN_REVOKE,
  /** An award's SD-JWT VC issued or re-issued (another wallet). */
  SD_JWT_ISSUE
}
