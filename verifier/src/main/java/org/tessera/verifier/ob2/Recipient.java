package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.tessera.shared.model.IdentityObject;

/**
 * Whether an OB 2.0 assertion was issued to an e-mail address: its {@code recipient} (an
 * IdentityObject of type {@code email}) holds the address, or, when {@code hashed}, the
 * {@code sha256$} (or {@code md5$}) hex hash of the address followed by the {@code salt}. The
 * one comparison of hashed identities ({@link IdentityObject#matchesEmail}) decides; other
 * identity types never match.
 */
final class Recipient {

  private Recipient() {}

  static boolean matches(JsonNode recipient, String email) {
    Optional<String> identity = Ob2Json.text(recipient.get("identity"));
    if (!"email".equals(recipient.path("type").textValue()) || identity.isEmpty()
        || identity.get().isBlank()) {
      return false;
    }
    Optional<String> salt = Ob2Json.text(recipient.get("salt")).filter(s -> !s.isBlank());
    return new IdentityObject(IdentityObject.EMAIL_ADDRESS,
        recipient.path("hashed").asBoolean(false), identity.get(), salt).matchesEmail(email);
  }
}
