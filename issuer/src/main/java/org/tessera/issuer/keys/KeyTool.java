package org.tessera.issuer.keys;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;

/**
 * {@code keys generate --alg ES256|RS256|EdDSA --kid <id> --out <file>}: writes a new private JWK
 * (never overwriting a file) and prints its public part and RFC 7638 thumbprint.
 */
public final class KeyTool {

  private static final String USAGE =
      "usage: keys generate --alg ES256|RS256|EdDSA --kid <id> --out <file>";

  private final PrintStream out;
  private final PrintStream err;

  public KeyTool(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Runs the tool on the arguments after {@code keys}; returns the process exit code. */
  public int run(List<String> args) {
    if (args.isEmpty() || !args.get(0).equals("generate")) {
      err.println(USAGE);
      return 2;
    }
    Optional<Map<String, String>> options = options(args.subList(1, args.size()));
    if (options.isEmpty()) {
      err.println(USAGE);
      return 2;
    }
    Map<String, String> o = options.get();
    Optional<JwsAlgorithm> alg = JwsAlgorithm.fromHeader(o.getOrDefault("--alg", ""));
    String kid = o.getOrDefault("--kid", "");
    String outFile = o.getOrDefault("--out", "");
    if (alg.isEmpty() || !KeyFiles.isValidKid(kid) || outFile.isEmpty()) {
      err.println(USAGE + " (kid: " + KeyFiles.KID_PATTERN + ")");
      return 2;
    }
    JWK jwk = JwkGenerator.generate(alg.get(), kid);
    Path path = Path.of(outFile);
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, jwk.toJSONString() + "\n", StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      err.println("cannot write " + path + ": " + e.getClass().getSimpleName()
          + " (existing files are never overwritten)");
      return 1;
    }
    out.println("wrote private key " + path);
    out.println("public JWK: " + jwk.toPublicJWK().toJSONString());
    out.println("thumbprint: " + KeyFiles.thumbprint(jwk));
    return 0;
  }

  private static Optional<Map<String, String>> options(List<String> args) {
    if (args.size() % 2 != 0) {
      return Optional.empty();
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      String name = args.get(i);
      if (!List.of("--alg", "--kid", "--out").contains(name)
          || options.put(name, args.get(i + 1)) != null) {
        return Optional.empty();
      }
    }
    return Optional.of(options);
  }
}
