package org.tessera.issuer.access;

import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.store.Scope;

/**
 * Who makes an admin request: a token's id, label, role and the institution it serves (never
 * the token itself).
 *
 * @param tokenId the token's id, or {@value #BOOTSTRAP_ID} for {@code ISSUER_ADMIN_TOKEN}
 * @param institution the one institution the token serves; empty = every institution
 */
public record Actor(String tokenId, String label, Role role, Optional<Scope> institution) {

  public static final String BOOTSTRAP_ID = "bootstrap";

  public Actor {
    Objects.requireNonNull(tokenId, "tokenId");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(institution, "institution");
  }

  /** The bootstrap admin ({@code ISSUER_ADMIN_TOKEN}): deployment-wide. */
  public static Actor bootstrap() {
    return new Actor(BOOTSTRAP_ID, "admin", Role.ADMIN, Optional.empty());
  }

  /** Whether the token may act for {@code route}'s institution at all. */
  public boolean serves(Scope route) {
    return institution.isEmpty() || institution.get().equals(route);
  }

  /**
   * Which institution's tokens and audit events a request at {@code route} sees: that
   * institution's, except a deployment-wide token at the root (the default institution's
   * address), which sees the whole deployment's.
   */
  public Optional<Scope> view(Scope route) {
    return route.isDefault() && institution.isEmpty() ? Optional.empty() : Optional.of(route);
  }

  /** How the actor is written into the audit trail: label and token id. */
  public String auditName() {
    return label + " [token " + tokenId + "]";
  }
}
