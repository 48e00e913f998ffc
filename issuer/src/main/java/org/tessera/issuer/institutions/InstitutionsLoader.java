package org.tessera.issuer.institutions;

import com.nimbusds.jose.JOSEException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.claim.ClaimOffers;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.config.InstitutionConfig;
import org.tessera.issuer.config.IssuerConfig;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.SigningKey;

/**
 * Starts the institutions of a configuration: loads each one's keys (files and an optional
 * PKCS#11 token key), refuses a key shared by two institutions (one institution could then sign
 * as the other; token keys are compared by public key like files, so one token may serve two
 * institutions under two aliases, never one key), wires their services, records them in the
 * database and brings their key states up to date.
 */
public final class InstitutionsLoader {

  private static final Logger LOG = LoggerFactory.getLogger(InstitutionsLoader.class);

  private InstitutionsLoader() {}

  /**
   * @param rootKeys the default institution's keys (files, PKCS#11 token, or a test's ring)
   * @param rootOffers claim-page offers of the default institution, for tests
   * @throws ConfigException for unusable keys of any institution
   */
  public static Institutions load(IssuerConfig config, InstitutionWiring.Shared shared,
      KeyRing rootKeys, Optional<ClaimOffers> rootOffers) {
    IssuerIdentity rootIdentity = IssuerIdentity.from(config);
    Map<String, KeyRing> rings = new HashMap<>();
    List<String> problems = new ArrayList<>();
    for (InstitutionConfig inst : config.institutions()) {
      IssuerIdentity identity = IssuerIdentity.of(config, inst);
      try {
        rings.put(inst.id(), KeyRing.load(inst.keysDir(), inst.signingKid(), config.demo(),
            identity.did(), inst.pkcs11()));
      } catch (ConfigException e) {
        e.problems().forEach(p -> problems.add("institution '" + inst.id() + "': " + p));
      }
    }
    if (problems.isEmpty()) {
      refuseSharedKeys(rootKeys, config.institutions(), rings, problems);
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    Institution root = InstitutionWiring.wire(shared, rootIdentity, rootKeys, rootOffers);
    List<Institution> others = config.institutions().stream()
        .map(inst -> InstitutionWiring.wire(shared, IssuerIdentity.of(config, inst),
            rings.get(inst.id()), Optional.empty()))
        .toList();
    Institutions institutions = new Institutions(root, others);
    InstitutionRepository rows = new InstitutionRepository();
    for (Institution inst : institutions.all()) {
      IssuerIdentity id = inst.identity();
      String recorded = shared.db().inTransaction(c -> rows.register(c, inst.id(), id.did(),
          id.profile().name(), shared.clock().instant()));
      if (!recorded.equals(id.did())) {
        // Credentials already issued name the old DID; verifiers resolve it, not this one.
        LOG.warn("institution {} was first published as {} and is now {}: its earlier"
            + " credentials no longer resolve to this deployment", inst.id(), recorded, id.did());
      }
      inst.keyLifecycle().initialize();
    }
    return institutions;
  }

  private static void refuseSharedKeys(KeyRing rootKeys, List<InstitutionConfig> configs,
      Map<String, KeyRing> rings, List<String> problems) {
    Map<String, String> owner = new HashMap<>();
    claim(owner, "default", rootKeys, problems);
    for (InstitutionConfig inst : configs) {
      claim(owner, inst.id(), rings.get(inst.id()), problems);
    }
  }

  private static void claim(Map<String, String> owner, String institution, KeyRing ring,
      List<String> problems) {
    for (SigningKey key : ring.keys()) {
      String thumbprint;
      try {
        thumbprint = key.publicJwk().computeThumbprint().toString();
      } catch (JOSEException e) {
        throw new IllegalStateException("cannot compute a JWK thumbprint", e);
      }
      String first = owner.putIfAbsent(thumbprint, institution);
      if (first != null && !first.equals(institution)) {
        problems.add("institution '" + institution + "': key '" + key.keyId()
            + "' is also a key of institution '" + first + "'; every institution needs keys"
            + " of its own");
      }
    }
  }
}
