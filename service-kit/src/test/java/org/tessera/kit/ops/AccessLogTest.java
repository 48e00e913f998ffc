package org.tessera.kit.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.tessera.kit.testkit.JavalinTest;

class AccessLogTest {

  /** Records the arguments of every {@code info(format, args…)} call. */
  private final List<String> lines = new ArrayList<>();
  private final Logger access = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(),
      new Class<?>[] {Logger.class}, (proxy, method, args) -> {
        if (method.getName().equals("info") && args != null && args.length == 2) {
          lines.add(args[0] + " " + Arrays.toString((Object[]) args[1]));
        }
        return method.getReturnType() == boolean.class ? Boolean.TRUE : null;
      });

  @Test
  void to_oneRequest_methodRouteTemplateStatusAndMsOnly() {
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.requestLogger.http(AccessLog.to(access));
      config.routes.get("/items/{id}", ctx -> ctx.status(202));
    });
    JavalinTest.test(app, (server, client) -> client.get("/items/secret-id?token=secret"));
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0)).startsWith("method={} route={} status={} ms={} [GET, /items/{id}, 202,")
        .doesNotContain("secret");
  }
}
