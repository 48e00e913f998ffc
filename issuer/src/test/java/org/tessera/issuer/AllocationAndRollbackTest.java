package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.issueRequest;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;
import static org.tessera.issuer.TestIssuer.text;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.status.StatusListRepository;
import org.tessera.issuer.store.Database;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.testdb.BothDatabasesTestBase;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;

class AllocationAndRollbackTest extends BothDatabasesTestBase {



  private static Set<String> issueMany(IssuerApp app, int count, Set<String> seen) {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(false)))
          .get("id").asText();
      for (int i = 0; i < count; i++) {
        Response response = post(client, "/api/credentials", issueRequest(achievementId));
        assertThat(response.code()).isEqualTo(201);
        var status = json(response).at("/credential/credentialStatus");
        seen.add(status.get("statusListCredential").asText() + "#"
            + status.get("statusListIndex").asText());
      }
    });
    return seen;
  }

  @Test
  void allocate_manyCredentialsAndRestart_neverRepeatsAnIndex() {
    IssuerConfig config = TestIssuer.config(dir, database.jdbcUrl());
    Set<String> seen = new HashSet<>();
    try (IssuerApp app = IssuerApp.create(IssuerSettings.of(config), TestIssuer.CLOCK)) {
      issueMany(app, 400, seen);
    }
    try (IssuerApp app = IssuerApp.create(IssuerSettings.of(config), TestIssuer.CLOCK)) {
      issueMany(app, 100, seen);
    }

    assertThat(seen).hasSize(500);
    try (Database db = Database.open(config.jdbcUrl())) {
      assertThat(db.read(new StatusListRepository(Scope.DEFAULT)::countAllocations)).isEqualTo(500);
    }
  }

  /** Signs the first {@code healthy} times, then fails: the failure lands after allocation. */
  private static final class FailingSigner implements JWSSigner {
    private final JWSSigner delegate;
    private final AtomicInteger remaining;

    FailingSigner(JWSSigner delegate, int healthy) {
      this.delegate = delegate;
      this.remaining = new AtomicInteger(healthy);
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
      if (remaining.getAndDecrement() <= 0) {
        throw new JOSEException("signing device unplugged: secret detail");
      }
      return delegate.sign(header, signingInput);
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
      return delegate.supportedJWSAlgorithms();
    }

    @Override
    public JCAContext getJCAContext() {
      return delegate.getJCAContext();
    }
  }

  @Test
  void issue_signerFailsAfterAllocation_leavesNothingBehindAndHidesDetails() {
    IssuerConfig config = TestIssuer.config(dir, database.jdbcUrl());
    JWK jwk = TestIssuer.writeKey(dir.resolve("other-keys"), JwsAlgorithm.ES256, "es256-x");
    // One healthy signature: the new status list; the credential's signature then fails.
    SigningKey key = new SigningKey(TestIssuer.DID, jwk.toPublicJWK(), JwsAlgorithm.ES256,
        new FailingSigner(JwsSigners.forKey(jwk), 1));
    try (IssuerApp app = IssuerApp.builder(IssuerSettings.of(config), TestIssuer.CLOCK)
        .keys(new KeyRing(List.of(key), key)).build()) {
      JavalinTest.test(app.server().javalin(), (server, client) -> {
        String achievementId = json(post(client, "/api/achievements", achievement(false)))
            .get("id").asText();

        Response response = post(client, "/api/credentials", issueRequest(achievementId));

        assertThat(response.code()).isEqualTo(500);
        String body = text(response);
        assertThat(body).doesNotContain("secret detail").doesNotContain("Exception")
            .doesNotContain("detail\"");
      });
    }
    try (Database db = Database.open(config.jdbcUrl())) {
      assertThat(db.read(new CredentialRepository(Scope.DEFAULT)::count)).isZero();
      assertThat(db.read(new StatusListRepository(Scope.DEFAULT)::countAllocations)).isZero();
    }
  }
}
