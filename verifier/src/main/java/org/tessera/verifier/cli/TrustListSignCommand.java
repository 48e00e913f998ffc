package org.tessera.verifier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustListJson;
import org.tessera.shared.trust.TrustListJwt;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trust-list sign}: turns the readable source file (docs/trust-lists.md) into the signed
 * {@code trust-list+jwt}, with the anchor's private JWK. Prints the JWT, or writes it to
 * {@code --out}.
 */
@Command(name = "sign", mixinStandardHelpOptions = true,
    description = "Sign a trust list source file with the trust anchor's private JWK.")
final class TrustListSignCommand implements Callable<Integer> {

  @Option(names = "--source", required = true, paramLabel = "<file>",
      description = "readable trust list (JSON)")
  Path source;

  @Option(names = "--key", required = true, paramLabel = "<anchor key file>",
      description = "the trust anchor's PRIVATE JWK")
  Path key;

  @Option(names = "--out", paramLabel = "<file>", description = "write the JWT here")
  Optional<Path> out = Optional.empty();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Clock clock;

  TrustListSignCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    JsonNode json = Json.parseUntrusted(Files.readString(source, StandardCharsets.UTF_8))
        .orElseThrow(() -> new IllegalArgumentException("the source is not valid JSON"));
    TrustList list = TrustListJson.fromJson(json);
    if (!list.nextUpdate().isAfter(clock.instant())) {
      throw new IllegalArgumentException("the trust list's next update (exp) is in the past");
    }
    JWK anchor = readPrivateKey(key);
    JwsAlgorithm alg = JwsAlgorithm.forKey(anchor);
    String jwt = TrustListJwt.sign(list, JwsSigners.forKey(anchor), alg.nimbus(),
        anchor.getKeyID());
    if (out.isPresent()) {
      Files.writeString(out.get(), jwt + "\n", StandardCharsets.UTF_8);
    } else {
      spec.commandLine().getOut().println(jwt);
      spec.commandLine().getOut().flush();
    }
    return Cli.VERIFIED;
  }

  private static JWK readPrivateKey(Path file) throws IOException {
    try {
      JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (!jwk.isPrivate()) {
        throw new IllegalArgumentException("--key must be the anchor's private JWK");
      }
      return jwk;
    } catch (ParseException e) {
      throw new IllegalArgumentException("--key is not a JWK", e);
    }
  }
}
