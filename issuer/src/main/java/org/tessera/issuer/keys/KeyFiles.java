package org.tessera.issuer.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * Reads the private JWK files of a key folder. Every problem becomes one line for the operator;
 * nothing from a key's secret parts is ever put into a message.
 */
public final class KeyFiles {

  static final String KID_PATTERN = "[A-Za-z0-9._-]{1,64}";
  private static final Pattern KID = Pattern.compile(KID_PATTERN);
  private static final long MAX_FILE_BYTES = 64 * 1024;

  /** A key read from a file, with the algorithm its type implies. */
  public record LoadedKey(Path file, JWK jwk, JwsAlgorithm algorithm) {}

  private KeyFiles() {}

  static boolean isValidKid(String kid) {
    return kid != null && KID.matcher(kid).matches();
  }

  /** Reads every {@code *.jwk} in {@code dir}, sorted by file name; problems are appended. */
  public static List<LoadedKey> load(Path dir, List<String> problems) {
    return load(dir, problems, false);
  }

  /** Like {@link #load(Path, List)}; {@code mayBeEmpty} when keys also come from elsewhere. */
  public static List<LoadedKey> load(Path dir, List<String> problems, boolean mayBeEmpty) {
    if (!Files.isDirectory(dir)) {
      problems.add("ISSUER_KEYS: not a folder: " + dir);
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing.filter(p -> p.getFileName().toString().endsWith(".jwk"))
          .sorted().toList();
    } catch (IOException e) {
      problems.add("ISSUER_KEYS: cannot list " + dir + ": " + e.getClass().getSimpleName());
      return List.of();
    }
    if (files.isEmpty() && !mayBeEmpty) {
      problems.add("ISSUER_KEYS: no *.jwk files in " + dir);
    }
    List<LoadedKey> keys = new ArrayList<>();
    Set<String> kids = new HashSet<>();
    for (Path file : files) {
      readKey(file, problems).ifPresent(key -> {
        if (kids.add(key.jwk().getKeyID())) {
          keys.add(key);
        } else {
          problems.add("ISSUER_KEYS: duplicate kid '" + key.jwk().getKeyID() + "' in " + file);
        }
      });
    }
    return List.copyOf(keys);
  }

  private static Optional<LoadedKey> readKey(Path file, List<String> problems) {
    JWK jwk;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        problems.add("ISSUER_KEYS: " + file + " is too large for a JWK");
        return Optional.empty();
      }
      jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | ParseException e) {
      problems.add("ISSUER_KEYS: " + file + " is not a JWK");
      return Optional.empty();
    }
    if (!jwk.isPrivate()) {
      problems.add("ISSUER_KEYS: " + file + " holds no private key");
      return Optional.empty();
    }
    if (!isValidKid(jwk.getKeyID())) {
      problems.add("ISSUER_KEYS: " + file + " needs a kid matching " + KID_PATTERN);
      return Optional.empty();
    }
    Optional<JwsAlgorithm> alg = algorithmOf(jwk);
    if (alg.isEmpty()) {
      problems.add("ISSUER_KEYS: " + file
          + " is not a P-256, Ed25519 or RSA (>= 2048 bits) signing key");
      return Optional.empty();
    }
    if (jwk.getAlgorithm() != null && !jwk.getAlgorithm().equals(alg.get().nimbus())) {
      problems.add("ISSUER_KEYS: " + file + " declares alg " + jwk.getAlgorithm()
          + " but its key type means " + alg.get());
      return Optional.empty();
    }
    return Optional.of(new LoadedKey(file, jwk, alg.get()));
  }

  /** The one algorithm a key is used with; the key type decides, never a token header. */
  private static Optional<JwsAlgorithm> algorithmOf(JWK jwk) {
    try {
      return Optional.of(JwsAlgorithm.forKey(jwk));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** RFC 7638 SHA-256 thumbprint, base64url. */
  static String thumbprint(JWK jwk) {
    try {
      return jwk.computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot compute a JWK thumbprint", e);
    }
  }
}
