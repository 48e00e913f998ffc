package org.tessera.issuer.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.store.Scope;

/**
 * One more awarding body served by the deployment, besides the default one of
 * {@code ISSUER_NAME}: published at {@code <ISSUER_BASE_URL>/institutions/<id>} with a did:web of
 * its own, its own signing keys and status lists.
 *
 * @param id lower-case letters, digits and hyphens; part of its URL and DID; never reused
 * @param name display name in credentials
 * @param country ISO 3166-1 alpha-2
 * @param homepage the awarding body's web site
 * @param keysDir folder of its private {@code *.jwk} files (may hold none with a token key)
 * @param signingKid the first active key; empty = first ES256 key by file name
 * @param pkcs11 a key of its own in a PKCS#11 token, besides the files
 */
public record InstitutionConfig(String id, String name, String country, Optional<URI> homepage,
    Path keysDir, Optional<String> signingKid, Optional<Pkcs11Settings> pkcs11) {

  public InstitutionConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(homepage, "homepage");
    Objects.requireNonNull(keysDir, "keysDir");
    Objects.requireNonNull(signingKid, "signingKid");
    Objects.requireNonNull(pkcs11, "pkcs11");
    if (!Scope.isValidId(id) || id.equals(Scope.DEFAULT_ID)) {
      throw new IllegalArgumentException("not a usable institution id: " + id);
    }
  }

  /** An institution whose keys are all files. */
  public InstitutionConfig(String id, String name, String country, Optional<URI> homepage,
      Path keysDir, Optional<String> signingKid) {
    this(id, name, country, homepage, keysDir, signingKid, Optional.empty());
  }

  public Scope scope() {
    return new Scope(id);
  }
}
