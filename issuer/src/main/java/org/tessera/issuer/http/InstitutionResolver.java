package org.tessera.issuer.http;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.institutions.Institution;
import org.tessera.issuer.institutions.Institutions;
import org.tessera.issuer.store.Scope;

/**
 * Which institution a request is for: {@code /institutions/<id>/...} names a further one, every
 * other path is the default institution's. The default institution has one address only (the
 * root), so {@code /institutions/default/...} does not exist.
 */
public final class InstitutionResolver {

  /** The route prefix of a further institution. */
  public static final String PREFIX = "/institutions/{" + InstitutionResolver.PARAM + "}";
  static final String PARAM = "institution";

  private final Institutions institutions;

  InstitutionResolver(Institutions institutions) {
    this.institutions = Objects.requireNonNull(institutions, "institutions");
  }

  /** The institution of the request; a 404 for an id the deployment does not serve. */
  public Institution of(Context ctx) {
    String id = ctx.pathParamMap().get(PARAM);
    if (id == null) {
      return institutions.root();
    }
    if (id.equals(Scope.DEFAULT_ID)) {
      throw new NotFoundResponse();
    }
    return institutions.find(id).orElseThrow(NotFoundResponse::new);
  }

  /**
   * The institution a raw path belongs to, for handlers that run before routing (no path
   * parameters yet); empty for an institution the deployment does not serve.
   */
  Optional<Institution> ofPath(String path) {
    Optional<String> id = IssuerIdentity.institutionOfPath(path);
    if (id.isEmpty()) {
      return Optional.of(institutions.root());
    }
    return id.get().equals(Scope.DEFAULT_ID) ? Optional.empty() : institutions.find(id.get());
  }

  /** The scope of the request's institution. */
  Scope scope(Context ctx) {
    return of(ctx).scope();
  }

  Institutions institutions() {
    return institutions;
  }
}
