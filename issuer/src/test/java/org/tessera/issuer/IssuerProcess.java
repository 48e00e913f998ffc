package org.tessera.issuer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real issuer in its own JVM: {@code org.tessera.issuer.Main} on the test class path (the
 * shaded jar does not exist yet when surefire runs), configured through {@code ISSUER_*}, its
 * output in a log file that also tells us the port it bound.
 */
final class IssuerProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on port (\\d+)");

  private final Process process;
  private final Path log;
  private final int port;

  private IssuerProcess(Process process, Path log, int port) {
    this.process = process;
    this.log = log;
    this.port = port;
  }

  static IssuerProcess start(Map<String, String> env, Path log, Duration timeout) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        "org.tessera.issuer.Main"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().keySet().removeIf(k -> k.startsWith("ISSUER_"));
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      return new IssuerProcess(process, log, awaitPort(process, log, timeout));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int awaitPort(Process process, Path log, Duration timeout) throws IOException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      Matcher m = LISTENING.matcher(Files.readString(log));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("issuer exited with " + process.exitValue() + ": "
            + Files.readString(log));
      }
      sleep(100);
    }
    process.destroyForcibly();
    throw new IllegalStateException("issuer did not start in " + timeout + ": "
        + Files.readString(log));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** {@code kill -9}: no shutdown hook, no clean close of the pool. */
  void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  String log() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void waitForExit() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** A normal stop (SIGTERM runs the shutdown hook). */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
      waitForExit();
    }
  }
}
