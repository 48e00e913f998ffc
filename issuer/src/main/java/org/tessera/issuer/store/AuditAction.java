package org.tessera.issuer.store;

/** What an audit event records. Stored by name: never rename a constant, only add. */
public enum AuditAction {
  ACHIEVEMENT_CREATE,
  ISSUE,
  REVOKE,
  SUSPEND,
  REINSTATE,
  KEY_REGISTER,
  KEY_ACTIVATE,
  KEY_RETIRE,
  KEY_COMPROMISE,
  TOKEN_CREATE,
  TOKEN_REVOKE
}
