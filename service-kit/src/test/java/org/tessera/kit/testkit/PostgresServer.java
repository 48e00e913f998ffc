package org.tessera.kit.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL server of the tests: {@code TESSERA_PG_URL}, else the local
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. Without a server, tests are
 * skipped with a message on stderr; with {@code TESSERA_REQUIRE_POSTGRES=true} (CI) they fail.
 */
public final class PostgresServer {

  static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

  private PostgresServer() {}

  /** The admin URL (no schema). */
  public static String url() {
    return Optional.ofNullable(System.getenv("TESSERA_PG_URL")).filter(u -> !u.isBlank())
        .orElse(DEFAULT_URL);
  }

  /** {@link #url()} with one more query parameter. */
  public static String withParameter(String url, String name, String value) {
    return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
  }

  /** Opens an admin connection, or skips (fails when required) the calling test. */
  public static Connection connectOrSkip() {
    try {
      return DriverManager.getConnection(withParameter(url(), "connectTimeout", "3"));
    } catch (SQLException e) {
      String message = "PostgreSQL not reachable at " + url().replaceAll("password=[^&]*",
          "password=***") + " (" + e.getMessage() + ")";
      if (required()) {
        Assertions.fail(message + "; TESSERA_REQUIRE_POSTGRES=true forbids skipping", e);
      }
      System.err.println("SKIPPED PostgreSQL tests: " + message
          + "; set TESSERA_REQUIRE_POSTGRES=true to make this a failure");
      Assumptions.abort(message);
      throw new IllegalStateException("unreachable", e);
    }
  }

  static boolean required() {
    return "true".equals(Optional.ofNullable(System.getenv("TESSERA_REQUIRE_POSTGRES"))
        .map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse(""));
  }
}
