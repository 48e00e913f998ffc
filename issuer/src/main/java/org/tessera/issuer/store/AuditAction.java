package org.tessera.issuer.store;

/** What an audit event records. Stored by name: never rename a constant. */
public enum AuditAction {
  ACHIEVEMENT_CREATE,
  ISSUE,
  REVOKE,
  SUSPEND,
  REINSTATE
}
