package org.tessera.issuer.keys;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.issuer.config.ConfigException;
import org.tessera.shared.jose.JwsAlgorithm;

/** All published keys of the issuer, one of them active for signing. */
public final class KeyRing {

  private final List<SigningKey> keys;
  private final SigningKey active;

  public KeyRing(List<SigningKey> keys, SigningKey active) {
    this.keys = List.copyOf(keys);
    this.active = Objects.requireNonNull(active, "active");
    if (!this.keys.contains(active)) {
      throw new IllegalArgumentException("the active key must be one of the keys");
    }
  }

  /**
   * Loads every key in {@code dir}. Outside demo mode a key from {@code keys-sample/} is
   * refused: its private part is public.
   *
   * @throws ConfigException listing every problem
   */
  public static KeyRing load(Path dir, Optional<String> activeKeyId, boolean demo,
      String issuerDid) {
    List<String> problems = new ArrayList<>();
    List<KeyFiles.LoadedKey> loaded = KeyFiles.load(dir, problems);
    Set<String> samples = SampleKeys.thumbprints();
    List<SigningKey> keys = new ArrayList<>();
    for (KeyFiles.LoadedKey key : loaded) {
      if (!demo && samples.contains(KeyFiles.thumbprint(key.jwk()))) {
        problems.add("ISSUER_KEYS: " + key.file() + " is a public sample key; it is refused"
            + " unless ISSUER_DEMO=true");
        continue;
      }
      keys.add(SigningKey.fromPrivateJwk(issuerDid, key.jwk(), key.algorithm()));
    }
    Optional<SigningKey> active = activeKeyId.isPresent()
        ? keys.stream().filter(k -> k.keyId().equals(activeKeyId.get())).findFirst()
        : keys.stream().filter(k -> k.algorithm() == JwsAlgorithm.ES256).findFirst();
    if (active.isEmpty() && problems.isEmpty()) {
      problems.add(activeKeyId.isPresent()
          ? "ISSUER_SIGNING_KEY: no key with kid '" + activeKeyId.get() + "' in " + dir
          : "ISSUER_SIGNING_KEY is required: " + dir + " holds no ES256 key");
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new KeyRing(keys, active.orElseThrow());
  }

  public SigningKey active() {
    return active;
  }

  public List<SigningKey> keys() {
    return keys;
  }

  public List<JWK> publicJwks() {
    return keys.stream().map(SigningKey::publicJwk).toList();
  }
}
