package org.tessera.verifier.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * Check {@code vp.holder}: every credential's {@code credentialSubject.id} (every subject's, when
 * there are several) is the DID that signed the presentation. A credential of someone else fails
 * the presentation ({@code HOLDER_MISMATCH}); one without a subject id is a warning
 * ({@code CREDENTIAL_NOT_BOUND}) and is reported as not the holder's, and so is one whose own
 * signature failed (its subject is unknown; the presentation fails on it anyway).
 */
final class HolderBinding {

  static final String ID = "vp.holder";

  private HolderBinding() {}

  /** How the credential of {@code report} relates to {@code holder}. */
  static Binding of(VerificationReport report, String holder) {
    Optional<ObjectNode> credential = report.credential();
    if (credential.isEmpty()) {
      return Binding.UNKNOWN;
    }
    JsonNode subject = credential.get().get("credentialSubject");
    List<JsonNode> subjects = new ArrayList<>();
    if (subject != null && subject.isArray()) {
      subject.forEach(subjects::add);
    } else if (subject != null) {
      subjects.add(subject);
    }
    if (subjects.isEmpty()) {
      return Binding.NOT_BOUND;
    }
    Binding binding = Binding.BOUND;
    for (JsonNode one : subjects) {
      JsonNode id = one.isObject() ? one.get("id") : null;
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        binding = Binding.NOT_BOUND;
      } else if (!id.asText().equals(holder)) {
        return Binding.OTHER_HOLDER;
      }
    }
    return binding;
  }

  static CheckResult check(List<PresentedCredential> credentials, String holder) {
    String others = positions(credentials, Binding.OTHER_HOLDER);
    if (!others.isEmpty()) {
      return CheckResult.failed(ID, ErrorCode.HOLDER_MISMATCH,
          "credential(s) " + others + " of " + credentials.size()
              + " name another subject than the holder who signed the presentation");
    }
    String unbound = positions(credentials, Binding.NOT_BOUND);
    String unknown = positions(credentials, Binding.UNKNOWN);
    if (!unbound.isEmpty() || !unknown.isEmpty()) {
      // An unauthenticated credential's subject is a mere claim: not bound either.
      String message = (unbound.isEmpty() ? "" : "credential(s) " + unbound + " of "
          + credentials.size() + " name no subject")
          + (unbound.isEmpty() || unknown.isEmpty() ? "" : "; ")
          + (unknown.isEmpty() ? "" : "credential(s) " + unknown + " of " + credentials.size()
              + " did not authenticate")
          + ": not bound to the holder, not counted as the holder's";
      return CheckResult.warning(ID, ErrorCode.CREDENTIAL_NOT_BOUND, message);
    }
    return CheckResult.passed(ID, DetailKey.VP_HOLDER_BOUND.with(holder));
  }

  /** The 1-based positions with {@code binding}, as "1, 3"; empty when none. */
  static String positions(List<PresentedCredential> credentials, Binding binding) {
    return credentials.stream().filter(c -> c.binding() == binding)
        .map(c -> String.valueOf(c.position())).collect(Collectors.joining(", "));
  }
}
