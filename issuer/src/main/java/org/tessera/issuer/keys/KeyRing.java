package org.tessera.issuer.keys;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.config.Pkcs11Settings;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * All published keys of the issuer, one of them active for signing. The key material is fixed at
 * start-up; which key is active and which are compromised since when is the lifecycle state
 * ({@link KeyLifecycle}) and may change while the issuer runs.
 */
public final class KeyRing {

  /** The lifecycle view: the signing key and the compromise times by key id. */
  record View(SigningKey active, Map<String, Instant> compromisedSince) {
    View {
      Objects.requireNonNull(active, "active");
      compromisedSince = Map.copyOf(compromisedSince);
    }
  }

  private final List<SigningKey> keys;
  private final SigningKey configuredActive;
  private final AtomicReference<View> view;

  public KeyRing(List<SigningKey> keys, SigningKey active) {
    this.keys = List.copyOf(keys);
    this.configuredActive = Objects.requireNonNull(active, "active");
    if (!this.keys.contains(active)) {
      throw new IllegalArgumentException("the active key must be one of the keys");
    }
    this.view = new AtomicReference<>(new View(active, Map.of()));
  }

  /**
   * Loads every key in {@code dir}. Outside demo mode a key from {@code keys-sample/} is
   * refused: its private part is public.
   *
   * @throws ConfigException listing every problem
   */
  public static KeyRing load(Path dir, Optional<String> activeKeyId, boolean demo,
      String issuerDid) {
    return load(dir, activeKeyId, demo, issuerDid, Optional.empty());
  }

  /**
   * Like {@link #load(Path, Optional, boolean, String)}, plus the key of a PKCS#11 token if
   * {@code token} is given; with it, the folder may hold no key files. The default institution
   * ({@code ISSUER_PKCS11_*}) and every other ({@code pkcs11} block) load their keys here.
   */
  public static KeyRing load(Path dir, Optional<String> activeKeyId, boolean demo,
      String issuerDid, Optional<Pkcs11Settings> token) {
    List<String> problems = new ArrayList<>();
    Optional<SigningKey> tokenKey = Optional.empty();
    if (token.isPresent()) {
      try {
        tokenKey = Optional.of(Pkcs11SigningKeys.load(token.get(), issuerDid));
      } catch (ConfigException e) {
        problems.addAll(e.problems());
      }
    }
    List<KeyFiles.LoadedKey> loaded = KeyFiles.load(dir, problems, token.isPresent());
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
    if (tokenKey.isPresent()) {
      SigningKey key = tokenKey.get();
      if (keys.stream().anyMatch(k -> k.keyId().equals(key.keyId()))) {
        problems.add(token.orElseThrow().name("kid") + ": '" + key.keyId()
            + "' is also a key file's kid");
      } else {
        keys.add(key);
      }
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

  /** The key that signs now. */
  public SigningKey active() {
    return view.get().active();
  }

  /** The key chosen by configuration ({@code ISSUER_SIGNING_KEY}): the first active key. */
  public SigningKey configuredActive() {
    return configuredActive;
  }

  /** The key with this key id (fragment), if published. */
  public Optional<SigningKey> find(String keyId) {
    return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
  }

  /** Keys marked compromised, with the instant from which their signatures are void. */
  public Map<String, Instant> compromisedSince() {
    return view.get().compromisedSince();
  }

  View view() {
    return view.get();
  }

  /** Switches to the lifecycle state read from the store. */
  void apply(SigningKey active, Map<String, Instant> compromisedSince) {
    if (!keys.contains(active)) {
      throw new IllegalArgumentException("the active key must be one of the keys");
    }
    view.set(new View(active, compromisedSince));
  }

  public List<SigningKey> keys() {
    return keys;
  }

  public List<JWK> publicJwks() {
    return keys.stream().map(SigningKey::publicJwk).toList();
  }
}
