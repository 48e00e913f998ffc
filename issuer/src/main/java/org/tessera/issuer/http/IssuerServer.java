package org.tessera.issuer.http;

import io.javalin.Javalin;
import java.util.Objects;

/** The issuer's web server: the one place outside the route table that holds Javalin. */
public final class IssuerServer {

  private final Javalin javalin;

  IssuerServer(Javalin javalin) {
    this.javalin = Objects.requireNonNull(javalin, "javalin");
  }

  /** Starts listening on {@code port} ({@code 0}: any free port). */
  public void start(int port) {
    javalin.start(port);
  }

  /** The port it listens on, once started. */
  public int port() {
    return javalin.port();
  }

  public void stop() {
    javalin.stop();
  }

  /** The server itself, for {@code JavalinTest}. */
  public Javalin javalin() {
    return javalin;
  }
}
