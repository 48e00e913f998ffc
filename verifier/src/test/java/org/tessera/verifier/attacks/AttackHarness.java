package org.tessera.verifier.attacks;

import static org.tessera.verifier.attacks.AttackVectorGenerator.HOST_A;
import static org.tessera.verifier.attacks.AttackVectorGenerator.HOST_B;
import static org.tessera.verifier.attacks.AttackVectorGenerator.STATUS_PATH;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.fetch.HostResolver;
import org.tessera.verifier.fetch.PinnedSafeFetcher;

/**
 * Builds the real verifier for one attack vector: the vector's (or the common) trust list and
 * anchor, issuer documents served by a {@link VectorSite}, the real fetcher. "direct" vectors use
 * the real fetcher with the development switch OFF and nothing rewritten, with a short timeout:
 * a refusal then has to come from the address rules, before any connection.
 */
final class AttackHarness implements AutoCloseable {

  /** Short enough that an attempted connection would surface as a timeout, not a refusal. */
  static final Duration DIRECT_TIMEOUT = Duration.ofMillis(300);

  private final VectorSite site = new VectorSite();
  private final Path dir;

  AttackHarness() {
    try {
      dir = Files.createTempDirectory("attack-vectors");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The verifier under attack, its fetcher and clock; trust-list history already replayed. */
  record Target(Verifier verifier, Optional<RoutingFetcher> fetcher, MutableClock clock) {}

  Target target(AttackVector vector) {
    Path common = AttackVector.root().resolve("common");
    site.clear();
    site.document(HOST_A, "/.well-known/did.json", vector.fixture("did.json")
        .orElse(AttackVector.read(common.resolve("did-" + HOST_A + ".json"))));
    site.document(HOST_B, "/.well-known/did.json",
        AttackVector.read(common.resolve("did-" + HOST_B + ".json")));
    site.document(HOST_A, STATUS_PATH, vector.fixture("status.jwt")
        .orElse(AttackVector.read(common.resolve("status-" + HOST_A + ".jwt"))));
    vector.setup("redirect").ifPresent(r ->
        site.redirect(HOST_A, r.get("path").asText(), r.get("location").asText()));
    vector.setup("slow").ifPresent(s -> site.slow(HOST_A, s.get("path").asText()));

    Path trustList = dir.resolve(vector.name() + "-trust-list.jwt");
    Path anchor = dir.resolve("anchor.pub.jwk");
    write(anchor, AttackVector.read(common.resolve("anchor.pub.jwk")));
    Optional<String> seen = vector.fixture("trust-list-seen.jwt");
    String attackList = vector.fixture("trust-list.jwt")
        .orElse(AttackVector.read(common.resolve("trust-list.jwt")));
    write(trustList, seen.orElse(attackList));

    VerifierConfig config = VerifierConfig.defaults()
        .withTrustList(Optional.of(trustList.toString()), Optional.of(anchor), false);
    MutableClock clock = new MutableClock(AttackVectorGenerator.NOW);
    Optional<RoutingFetcher> routing = Optional.empty();
    Verifier verifier;
    if (vector.direct()) {
      verifier = Verifier.create(config, clock,
          new PinnedSafeFetcher(false, DIRECT_TIMEOUT, HostResolver.system()));
    } else {
      routing = Optional.of(new RoutingFetcher(PinnedSafeFetcher.create(true), site.port()));
      verifier = Verifier.create(config, clock, routing.get());
    }
    if (seen.isPresent()) {
      // The newer list is seen first; after the refresh interval the older one is served.
      verifier.verify(vector.input());
      write(trustList, attackList);
      clock.advance(Duration.ofMinutes(11));
    }
    return new Target(verifier, routing, clock);
  }

  static List<String> hostsOutsideSuite(RoutingFetcher fetcher) {
    return fetcher.requestedHosts().stream()
        .filter(h -> !h.equals(HOST_A) && !h.equals(HOST_B)).toList();
  }

  private static void write(Path path, String content) {
    try {
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    site.close();
  }
}
