package org.tessera.kit.testkit;

import io.javalin.Javalin;

/**
 * Runs a test against a Javalin app started on a free port, then stops it: what
 * {@code io.javalin.testtools.JavalinTest} did before Javalin 7 (its testtools are not served
 * here, decision 0027). Requests go through {@link HttpClient} (OkHttp, no cookies kept).
 */
public final class JavalinTest {

  /** One test: the started app and a client bound to its port. */
  @FunctionalInterface
  public interface TestCase {
    void accept(Javalin server, HttpClient client) throws Exception;
  }

  private JavalinTest() {}

  public static void test(Javalin app, TestCase testCase) {
    app.start(0);
    try {
      testCase.accept(app, new HttpClient(app));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("test case failed: " + e, e);
    } finally {
      app.stop();
    }
  }
}
