package org.tessera.verifier.cli;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tessera.verifier.VerifierSettings;
import org.tessera.verifier.http.VerifierApp;
import picocli.CommandLine.Command;

/** {@code serve}: runs the HTTP API, configured by the {@code VERIFIER_*} environment. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start the HTTP API (VERIFIER_PORT, VERIFIER_TRUST_LIST, VERIFIER_TRUST_ANCHOR, "
        + "VERIFIER_NO_TRUST_LIST, VERIFIER_ALLOW_HTTP_LOCALHOST, VERIFIER_BASE_URL, VERIFIER_DB, "
        + "VERIFIER_RECEIPT_KEY, VERIFIER_ID, VERIFIER_MAX_IMAGE_BYTES, VERIFIER_STATUS_MAX_ENTRIES, "
        + "VERIFIER_STATUS_MAX_LISTS, VERIFIER_VERIFICATION_DEADLINE_SECONDS, "
        + "VERIFIER_PRESENTATION_WINDOW_SECONDS, VERIFIER_PRESENTATION_MAX_CREDENTIALS).")
final class ServeCommand implements Callable<Integer> {

  private final Clock clock;
  private final Map<String, String> env;

  ServeCommand(Clock clock, Map<String, String> env) {
    this.clock = clock;
    this.env = env;
  }

  @Override
  public Integer call() throws InterruptedException {
    Runnable stop = VerifierApp.start(VerifierSettings.fromEnvironment(env), clock);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.run();
      stopped.countDown();
    }, "verifier-shutdown"));
    stopped.await();
    return Cli.VERIFIED;
  }
}
