package org.tessera.issuer.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The institution a repository works for: every query it runs is confined to that institution's
 * rows, so one institution's services can never read or change another's.
 *
 * @param institutionId lower-case letters, digits and hyphens, as in the institution's URL path
 */
public record Scope(String institutionId) {

  // Before DEFAULT: static fields initialise in order, and DEFAULT validates against it.
  private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

  /** The id of the institution configured by {@code ISSUER_NAME} and served at the root. */
  public static final String DEFAULT_ID = "default";
  public static final Scope DEFAULT = new Scope(DEFAULT_ID);
  /**
   * Confines a statement on a table keyed by {@code credential_id} (claims, offers, access
   * tokens) to this institution's credentials; bind the institution id to its parameter.
   */
  public static final String CREDENTIAL_IN_SCOPE =
      " AND credential_id IN (SELECT id FROM credentials WHERE institution_id = ?)";

  public Scope {
    Objects.requireNonNull(institutionId, "institutionId");
    if (!isValidId(institutionId)) {
      throw new IllegalArgumentException("not an institution id: " + institutionId);
    }
  }

  /** Whether {@code id} can name an institution (a single URL path segment, a DID segment). */
  public static boolean isValidId(String id) {
    return id != null && ID.matcher(id).matches();
  }

  public boolean isDefault() {
    return institutionId.equals(DEFAULT_ID);
  }
}
