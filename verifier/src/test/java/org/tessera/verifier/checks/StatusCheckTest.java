package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.keys.DidWebResolver;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.status.StatusListService;
import org.tessera.verifier.testkit.Fixture;

class StatusCheckTest {

  private static final Instant COMPROMISED_SINCE = Instant.parse("2025-06-01T00:00:00Z");

  private final Fixture fixture = new Fixture();
  private final SafeFetcher fetcher = PinnedSafeFetcher.create(true);
  private final StatusCheck check = new StatusCheck(
      new StatusListService(fetcher, fixture.clock, 8), new HeaderCheck(),
      new KeyResolutionCheck(new KeyResolver(new DidWebResolver(fetcher, true, fixture.clock))),
      new SignatureCheck());

  @AfterEach
  void close() {
    fixture.close();
  }

  private CheckResult run(ObjectNode credential) {
    return check.check(credential, fixture.did, List.of());
  }

  private static BitstringStatusList listWith(int index) {
    return BitstringStatusList.create(131_072).with(index, true);
  }

  private ObjectNode withStatusUrl(String url, String index) {
    ObjectNode credential = fixture.credential();
    ((ObjectNode) credential.get("credentialStatus")).put("statusListCredential", url)
        .put("statusListIndex", index);
    return credential;
  }

  @Test
  void run_bitClear_passes() {
    assertThat(run(fixture.credential()).isPassed()).isTrue();
  }

  @Test
  void run_revocationBitSet_revoked() {
    fixture.publishStatusList(StatusPurpose.REVOCATION, listWith(Fixture.STATUS_INDEX), Map.of());
    assertThat(run(fixture.credential()).code()).contains(ErrorCode.REVOKED);
  }

  @Test
  void run_suspensionBitSetInSecondEntry_suspended() {
    String url = fixture.site.baseUrl() + "/status/2";
    fixture.site.publish("/status/2", "application/vc+jwt", fixture.statusListJwt(url, fixture.did,
        StatusPurpose.SUSPENSION, listWith(7), fixture.issuerKey, fixture.kid));
    ObjectNode credential = fixture.credential();
    ArrayNode entries = Json.mapper().createArrayNode();
    entries.add(credential.get("credentialStatus"));
    entries.addObject().put("id", url + "#7").put("type", "BitstringStatusListEntry")
        .put("statusPurpose", "suspension").put("statusListIndex", "7")
        .put("statusListCredential", url);
    credential.set("credentialStatus", entries);

    assertThat(run(credential).code()).contains(ErrorCode.SUSPENDED);
  }

  @Test
  void run_listMissing_statusListUnavailable() {
    fixture.site.remove(Fixture.STATUS_PATH);
    assertThat(run(fixture.credential()).code()).contains(ErrorCode.STATUS_LIST_UNAVAILABLE);
  }

  @Test
  void run_listOnPrivateAddress_fetchBlocked() {
    assertThat(run(withStatusUrl("https://10.0.0.1/status/1", "1")).code())
        .contains(ErrorCode.FETCH_BLOCKED);
  }

  @Test
  void run_listSignedByAnotherKey_statusListInvalid() {
    JWK attacker = JwkGenerator.generate(JwsAlgorithm.ES256, "key-1");
    fixture.site.publish(Fixture.STATUS_PATH, "application/vc+jwt", fixture.statusListJwt(
        fixture.statusUrl(), fixture.did, StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072), attacker, fixture.kid));
    assertThat(run(fixture.credential()).code()).contains(ErrorCode.STATUS_LIST_INVALID);
  }

  /**
   * The issuer's DID document lists key-2 (compromised per {@code revokedByKid}); its status URL
   * serves a "nothing revoked" list signed by key-2 and dated {@code validFrom}.
   */
  private CheckResult runWithListSignedByKey2(Map<String, Instant> revokedByKid,
      Instant validFrom) {
    JWK key2 = JwkGenerator.generate(JwsAlgorithm.ES256, "key-2");
    fixture.publishDidDocument(List.of(fixture.issuerKey.toPublicJWK(), key2.toPublicJWK()),
        revokedByKid);
    fixture.site.publish(Fixture.STATUS_PATH, "application/vc+jwt", fixture.statusListJwt(
        fixture.statusUrl(), fixture.did, StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072), key2, fixture.did + "#key-2", validFrom));
    return run(fixture.credential());
  }

  @Test
  void run_listSignedByUncompromisedSecondKey_passes() {
    assertThat(runWithListSignedByKey2(Map.of(), Instant.parse("2025-01-01T00:00:00Z"))
        .isPassed()).isTrue();
  }

  @Test
  void run_listSignedByCompromisedKeyDatedBeforeCompromise_statusListInvalid() {
    // A back-dated forgery looks exactly like this: the date cannot be trusted.
    CheckResult result = runWithListSignedByKey2(Map.of("key-2", COMPROMISED_SINCE),
        Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(result.code()).contains(ErrorCode.STATUS_LIST_INVALID);
    assertThat(result.message()).contains("compromised").contains("KEY_COMPROMISED");
  }

  @Test
  void run_listSignedByCompromisedKeyDatedAfterCompromise_statusListInvalid() {
    CheckResult result = runWithListSignedByKey2(Map.of("key-2", COMPROMISED_SINCE),
        Instant.parse("2026-01-01T00:00:00Z"));
    assertThat(result.code()).contains(ErrorCode.STATUS_LIST_INVALID);
    assertThat(result.message()).contains("KEY_COMPROMISED");
  }

  @Test
  void run_listOfWrongType_statusListInvalid() {
    fixture.site.publish(Fixture.STATUS_PATH, "application/vc+jwt",
        fixture.sign(fixture.credential()));
    assertThat(run(fixture.credential()).code()).contains(ErrorCode.STATUS_LIST_INVALID);
  }

  @Test
  void run_indexOutOfRange_statusListInvalid() {
    assertThat(run(withStatusUrl(fixture.statusUrl(), "131072")).code())
        .contains(ErrorCode.STATUS_LIST_INVALID);
  }

  @Test
  void run_gzipBomb_statusListInvalid() {
    // 16,777,216 entries = 2 MiB expanded, a few KB compressed: above the 1 MiB cap.
    fixture.publishStatusList(StatusPurpose.REVOCATION, BitstringStatusList.create(16_777_216),
        Map.of());
    CheckResult result = run(fixture.credential());
    assertThat(result.code()).contains(ErrorCode.STATUS_LIST_INVALID);
    assertThat(result.message()).contains("TOO_LARGE");
  }

  @Test
  void run_purposeDiffersFromEntry_statusListInvalid() {
    ObjectNode credential = fixture.credential();
    ((ObjectNode) credential.get("credentialStatus")).put("statusPurpose", "suspension");
    assertThat(run(credential).code()).contains(ErrorCode.STATUS_LIST_INVALID);
  }

  @Test
  void run_malformedEntry_statusListInvalid() {
    assertThat(run(withStatusUrl(fixture.statusUrl(), "-1")).code())
        .contains(ErrorCode.STATUS_LIST_INVALID);
    ObjectNode credential = fixture.credential();
    ((ObjectNode) credential.get("credentialStatus")).put("type", "StatusList2021Entry");
    assertThat(run(credential).code()).contains(ErrorCode.STATUS_LIST_INVALID);
  }

  @Test
  void run_listOfAnotherIssuer_statusListIssuerMismatch() {
    JWK other = JwkGenerator.generate(JwsAlgorithm.ES256, "key-1");
    fixture.site.publish(Fixture.STATUS_PATH, "application/vc+jwt", fixture.statusListJwt(
        fixture.statusUrl(), "did:web:other.example", StatusPurpose.REVOCATION,
        BitstringStatusList.create(131_072), other, "did:web:other.example#key-1"));
    assertThat(run(fixture.credential()).code()).contains(ErrorCode.STATUS_LIST_ISSUER_MISMATCH);
  }

  @Test
  void run_listCachedForItsTtl_changeSeenOnlyWithoutCaching() {
    assertThat(run(fixture.credential()).isPassed()).isTrue();
    fixture.publishStatusList(StatusPurpose.REVOCATION, listWith(Fixture.STATUS_INDEX), Map.of());
    assertThat(run(fixture.credential()).isPassed()).as("served from cache").isTrue();

    StatusCheck uncached = new StatusCheck(new StatusListService(fetcher, fixture.clock, 8),
        new HeaderCheck(), new KeyResolutionCheck(new KeyResolver(
            new DidWebResolver(fetcher, true, fixture.clock))), new SignatureCheck());
    fixture.publishStatusList(StatusPurpose.REVOCATION, BitstringStatusList.create(131_072),
        Map.of("Cache-Control", "max-age=0"));
    assertThat(uncached.check(fixture.credential(), fixture.did, List.of()).isPassed()).isTrue();
    fixture.publishStatusList(StatusPurpose.REVOCATION, listWith(Fixture.STATUS_INDEX),
        Map.of("Cache-Control", "max-age=0"));
    assertThat(uncached.check(fixture.credential(), fixture.did, List.of()).code())
        .as("max-age=0 is not cached").contains(ErrorCode.REVOKED);
  }

  private CheckResult runRevalidated(ObjectNode credential) {
    return check.check(credential, fixture.did, List.of(), StatusFreshness.REVALIDATED,
        Deadline.after(Duration.ofSeconds(10)));
  }

  @Test
  void run_revalidatedAfterRevocation_revokedAtOnceWhileCachedRunStillPasses() {
    fixture.publishStatusList(StatusPurpose.REVOCATION, BitstringStatusList.create(131_072),
        Map.of("ETag", "\"v1\""));
    assertThat(run(fixture.credential()).isPassed()).isTrue();
    fixture.publishStatusList(StatusPurpose.REVOCATION, listWith(Fixture.STATUS_INDEX),
        Map.of("ETag", "\"v2\""));

    assertThat(run(fixture.credential()).isPassed()).as("the API trusts its cache").isTrue();
    assertThat(runRevalidated(fixture.credential()).code()).contains(ErrorCode.REVOKED);
    assertThat(run(fixture.credential()).code()).as("the new list replaced the cached one")
        .contains(ErrorCode.REVOKED);
  }

  @Test
  void run_revalidatedUnchangedList_notModifiedKeepsCachedList() {
    fixture.publishStatusList(StatusPurpose.REVOCATION, BitstringStatusList.create(131_072),
        Map.of("ETag", "\"v1\""));
    assertThat(runRevalidated(fixture.credential()).isPassed()).isTrue();
    assertThat(runRevalidated(fixture.credential()).isPassed()).isTrue();

    assertThat(fixture.site.requests(Fixture.STATUS_PATH)).isEqualTo(2);
    assertThat(fixture.site.notModified(Fixture.STATUS_PATH)).as("second one conditional")
        .isEqualTo(1);
  }

  @Test
  void run_revalidationFails_statusListUnavailableNotTheCachedAnswer() {
    fixture.publishStatusList(StatusPurpose.REVOCATION, BitstringStatusList.create(131_072),
        Map.of("ETag", "\"v1\""));
    assertThat(run(fixture.credential()).isPassed()).isTrue();
    fixture.site.remove(Fixture.STATUS_PATH);

    assertThat(runRevalidated(fixture.credential()).code())
        .contains(ErrorCode.STATUS_LIST_UNAVAILABLE);
  }

  @Test
  void run_noStatusEntry_passes() {
    ObjectNode credential = fixture.credential();
    credential.remove("credentialStatus");
    assertThat(run(credential).isPassed()).isTrue();
  }
}
