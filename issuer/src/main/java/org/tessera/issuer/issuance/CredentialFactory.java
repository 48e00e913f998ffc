package org.tessera.issuer.issuance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tessera.issuer.achievements.LoadedAchievement;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.shared.model.AchievementCredential;
import org.tessera.shared.model.AchievementSubject;
import org.tessera.shared.model.CredentialSchemaRef;
import org.tessera.shared.model.Evidence;
import org.tessera.shared.model.IdentityObject;
import org.tessera.shared.model.KnownUrls;
import org.tessera.shared.model.Result;
import org.tessera.shared.model.StatusEntry;

/** Assembles the OB 3.0 {@code AchievementCredential} of one award, from the model records. */
final class CredentialFactory {

  static final List<CredentialSchemaRef> SCHEMAS = List.of(
      CredentialSchemaRef.jsonSchema(KnownUrls.OB_ACHIEVEMENT_CREDENTIAL_SCHEMA),
      CredentialSchemaRef.jsonSchema(KnownUrls.CMF_SCHEMA));

  private CredentialFactory() {}

  /**
   * @param credentialId {@code urn:uuid:…} of the credential
   * @param subjectId the learner's DID, or an opaque {@code urn:uuid:…}
   * @param salt fresh random salt for the hashed e-mail identifier
   */
  static AchievementCredential build(IssueRequest request, LoadedAchievement achievement,
      IssuerIdentity issuer, String credentialId, String subjectId, String salt, Instant now,
      List<StatusEntry> status) {
    List<IdentityObject> identifier = List.of(
        IdentityObject.hashedEmail(request.learner().email(), salt),
        IdentityObject.name(request.learner().name()));
    List<Result> results = request.result().stream()
        .map(g -> new Result(Optional.empty(), g.value(), g.status())).toList();
    List<Evidence> evidence = request.evidence().stream()
        .map(e -> new Evidence(e.id(), e.name(), e.description(), e.narrative())).toList();
    AchievementSubject subject = new AchievementSubject(subjectId, achievement.achievement(),
        identifier, results, Optional.of(now), Optional.empty(), Optional.empty());
    return new AchievementCredential(AchievementCredential.TESSERA_CONTEXTS, credentialId,
        AchievementCredential.TESSERA_TYPE, achievement.achievement().name(), Optional.empty(),
        issuer.profile(), now, request.validUntil(), subject, status, SCHEMAS, evidence,
        Optional.empty());
  }
}
