package org.tessera.issuer.oid4vci;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;

/**
 * What an OpenID4VCI endpoint answers: a status and a JSON body, plus the error code when it is
 * an error (for {@code WWW-Authenticate} and for tests). Always sent with {@code no-store}.
 */
public record OAuthResponse(int status, ObjectNode body, Optional<OAuthError> error) {

  public OAuthResponse {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(error, "error");
  }

  static OAuthResponse ok(ObjectNode body) {
    return new OAuthResponse(200, body, Optional.empty());
  }

  /** {@code {error, error_description}}; the description is a fixed ASCII text of ours. */
  public static OAuthResponse error(OAuthError error, String description) {
    ObjectNode body = Json.object();
    body.put("error", error.code());
    body.put("error_description", description);
    return new OAuthResponse(error.status(), body, Optional.of(error));
  }
}
