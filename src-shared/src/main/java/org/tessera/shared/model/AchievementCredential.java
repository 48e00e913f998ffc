package org.tessera.shared.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * An OB 3.0 {@code AchievementCredential} on VC Data Model 2.0 (DESIGN §3), without proof: the
 * JWT around it is the proof. {@code credentialStatus} has at most two entries (revocation and,
 * opt-in, suspension). Dates are truncated to whole seconds because that is how they are
 * written, so a JSON round trip gives an equal record.
 */
public record AchievementCredential(
    List<String> contexts,
    String id,
    List<String> type,
    String name,
    Optional<String> description,
    Profile issuer,
    Instant validFrom,
    Optional<Instant> validUntil,
    AchievementSubject credentialSubject,
    List<StatusEntry> credentialStatus,
    List<CredentialSchemaRef> credentialSchema,
    List<Evidence> evidence,
    Optional<Image> image) {

  /** The {@code @context} of every credential Tessera issues, in this order (DESIGN §3). */
  public static final List<String> TESSERA_CONTEXTS =
      List.of(KnownUrls.VC_V2_CONTEXT, KnownUrls.OB_CONTEXT, KnownUrls.OB_EXTENSIONS_CONTEXT,
          KnownUrls.CMF_CONTEXT);

  /** The {@code type} of every credential Tessera issues. */
  public static final List<String> TESSERA_TYPE =
      List.of("VerifiableCredential", "OpenBadgeCredential");

  public AchievementCredential {
    contexts = Checks.texts(contexts, "@context");
    if (contexts.isEmpty()
        || !(contexts.get(0).equals(KnownUrls.VC_V2_CONTEXT)
            || contexts.get(0).equals(KnownUrls.VC_V1_CONTEXT))) {
      throw new IllegalArgumentException("@context: must start with the VC context");
    }
    Checks.uri(id, "id");
    type = Checks.types(type, "VerifiableCredential", "type");
    if (!type.contains("OpenBadgeCredential") && !type.contains("AchievementCredential")) {
      throw new IllegalArgumentException(
          "type: must contain OpenBadgeCredential or AchievementCredential");
    }
    Checks.text(name, "name");
    Checks.optionalText(description, "description");
    Checks.present(issuer, "issuer");
    validFrom = Checks.present(validFrom, "validFrom").truncatedTo(ChronoUnit.SECONDS);
    validUntil = Checks.present(validUntil, "validUntil").map(d -> d.truncatedTo(ChronoUnit.SECONDS));
    if (validUntil.isPresent() && !validUntil.get().isAfter(validFrom)) {
      throw new IllegalArgumentException("validUntil: must be after validFrom");
    }
    Checks.present(credentialSubject, "credentialSubject");
    credentialStatus = Checks.list(credentialStatus, "credentialStatus");
    if (credentialStatus.size() > 2) {
      throw new IllegalArgumentException("credentialStatus: at most two entries");
    }
    if (credentialStatus.size() == 2 && credentialStatus.get(0).statusPurpose()
        .equals(credentialStatus.get(1).statusPurpose())) {
      throw new IllegalArgumentException("credentialStatus: purposes must differ");
    }
    credentialSchema = Checks.list(credentialSchema, "credentialSchema");
    evidence = Checks.list(evidence, "evidence");
    Checks.present(image, "image");
  }
}
