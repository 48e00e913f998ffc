package org.tessera.issuer.config;

import java.util.HashMap;
import java.util.Map;

/** The fewest {@code ISSUER_*} variables a production start needs, for config tests to extend. */
public final class ProductionEnvironment {

  private ProductionEnvironment() {}

  /** A mutable map: keys, admin token, name and country. */
  public static Map<String, String> minimal() {
    Map<String, String> env = new HashMap<>();
    env.put("ISSUER_KEYS", "/etc/tessera/keys");
    env.put("ISSUER_ADMIN_TOKEN", "0123456789abcdef0123456789");
    env.put("ISSUER_NAME", "Example University");
    env.put("ISSUER_COUNTRY", "be");
    return env;
  }
}
