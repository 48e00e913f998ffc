package org.tessera.issuer.issuance;

import org.tessera.issuer.audit.AuditAction;

/** A change of a credential's status. */
public enum StatusAction {
  REVOKE(AuditAction.REVOKE),
  SUSPEND(AuditAction.SUSPEND),
  REINSTATE(AuditAction.REINSTATE);

  private final AuditAction audit;

  StatusAction(AuditAction audit) {
    this.audit = audit;
  }

  AuditAction audit() {
    return audit;
  }
}
