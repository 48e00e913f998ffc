package org.tessera.issuer.access;

import java.util.Objects;

/**
 * Who makes an admin request: a token's id, label and role (never the token itself).
 *
 * @param tokenId the token's id, or {@value #BOOTSTRAP_ID} for {@code ISSUER_ADMIN_TOKEN}
 */
public record Actor(String tokenId, String label, Role role) {

  public static final String BOOTSTRAP_ID = "bootstrap";

  public Actor {
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(role, "role");
  }

  /** The bootstrap admin ({@code ISSUER_ADMIN_TOKEN}). */
  public static Actor bootstrap() {
    return new Actor(BOOTSTRAP_ID, "admin", Role.ADMIN);
  }

  /** How the actor is written into the audit trail: label and token id. */
  public String auditName() {
    return label + " [token " + tokenId + "]";
  }
}
