package org.tessera.issuer;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.keys.KeyTool;

/**
 * Entry point. Without arguments: read {@code ISSUER_*} and serve. {@code keys generate …}: the
 * key tool. Misconfiguration prints one line per problem to stderr and exits with status 2.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("keys")) {
      System.exit(new KeyTool(System.out, System.err)
          .run(List.copyOf(Arrays.asList(args).subList(1, args.length))));
    }
    if (args.length > 0) {
      System.err.println("usage: tessera-issuer [keys generate --alg ES256|RS256|EdDSA"
          + " --kid <id> --out <file>]");
      System.exit(2);
    }
    // The badge images are drawn with java.awt: never look for a display.
    System.setProperty("java.awt.headless", "true");
    IssuerApp app;
    try {
      app = IssuerApp.create(IssuerSettings.fromEnvironment(System.getenv()), Clock.systemUTC());
    } catch (ConfigException e) {
      e.problems().forEach(problem -> System.err.println("config: " + problem));
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "issuer-shutdown"));
    app.start();
  }
}
