package org.tessera.issuer.access;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which roles may call which protected route. Fail closed: a route not named here is open to
 * admins and registrars when it changes state, to every role when it only reads.
 */
public final class AccessPolicy {

  private static final Set<Role> ADMIN_ONLY = EnumSet.of(Role.ADMIN);
  private static final Set<Role> WRITERS = EnumSet.of(Role.ADMIN, Role.REGISTRAR);
  private static final Set<Role> AUDITORS = EnumSet.of(Role.ADMIN, Role.AUDITOR);
  private static final Set<Role> READERS = EnumSet.allOf(Role.class);
  private static final Pattern INSTITUTION_PREFIX = Pattern.compile("^/institutions/[^/]+");

  private AccessPolicy() {}

  /**
   * The roles allowed to call {@code method path}; a further institution's routes
   * ({@code /institutions/<id>/api/...}) follow the same rules as the root's.
   */
  public static Set<Role> allowed(String method, String rawPath) {
    // "/api//tokens/" must not slip past the prefixes below.
    String path = INSTITUTION_PREFIX.matcher(rawPath.replaceAll("/{2,}", "/")).replaceFirst("");
    boolean read = method.equals("GET") || method.equals("HEAD");
    if (path.equals("/api/tokens") || path.startsWith("/api/tokens/")) {
      return ADMIN_ONLY;
    }
    if (path.equals("/api/audit") || path.startsWith("/api/audit/")) {
      return read ? AUDITORS : ADMIN_ONLY;
    }
    if (path.equals("/api/keys") || path.startsWith("/api/keys/")) {
      return read ? READERS : ADMIN_ONLY;
    }
    return read ? READERS : WRITERS;
  }
}
