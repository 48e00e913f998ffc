package org.tessera.verifier.transcript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.verifier.checks.CredentialFields;
import org.tessera.verifier.checks.CredentialInput;

/**
 * Reads a Comprehensive Learner Record 2.0 ({@code ClrCredential}): whether a credential is one,
 * its learner, and what its {@code credentialSubject.verifiableCredential} holds. Never throws.
 */
public final class ClrRecord {

  public static final String TYPE = "ClrCredential";

  private ClrRecord() {}

  public static boolean isClr(JsonNode credential) {
    return credential.isObject() && CredentialFields.hasType(credential, TYPE);
  }

  /** The learner: {@code credentialSubject.id}. */
  static Optional<String> learner(JsonNode record) {
    return CredentialFields.subjectId(record);
  }

  /** Each entry of {@code credentialSubject.verifiableCredential} (one value or an array). */
  static List<JsonNode> entries(JsonNode record) {
    JsonNode subject = record.path("credentialSubject");
    JsonNode held = (subject.isArray() ? subject.path(0) : subject).path("verifiableCredential");
    List<JsonNode> entries = new ArrayList<>();
    if (held.isArray()) {
      held.forEach(entries::add);
    } else if (!held.isMissingNode() && !held.isNull()) {
      entries.add(held);
    }
    return entries;
  }

  /** What one entry is: a JWT this verifier can verify, a credential object, or neither. */
  static Embedded classify(JsonNode entry) {
    if (entry.isTextual()) {
      return CredentialInput.compactJws(entry.asText())
          .<Embedded>map(jwt -> new Embedded.Signed(Embedded.Form.JWT, jwt))
          .orElse(new Embedded.Unreadable(Embedded.Form.JWT));
    }
    if (!entry.isObject()) {
      return new Embedded.Unreadable(Embedded.Form.EMBEDDED);
    }
    if (CredentialFields.hasType(entry, "EnvelopedVerifiableCredential")) {
      return CredentialInput.fromJson(entry)
          .<Embedded>map(jwt -> new Embedded.Signed(Embedded.Form.ENVELOPED, jwt))
          .orElse(new Embedded.Unreadable(Embedded.Form.ENVELOPED));
    }
    return CredentialFields.hasType(entry, "VerifiableCredential")
        ? new Embedded.Unsigned((ObjectNode) entry)
        : new Embedded.Unreadable(Embedded.Form.EMBEDDED);
  }
}
