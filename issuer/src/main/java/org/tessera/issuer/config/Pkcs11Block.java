package org.tessera.issuer.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an institution's {@code "pkcs11": {"config", "alias", "kid"?, "pinEnv"}} block. The PIN
 * is never in the file: it is taken from the environment variable {@code pinEnv} names, and a
 * problem names that variable, never its value.
 */
final class Pkcs11Block {

  static final String FIELD = "pkcs11";
  private static final Set<String> FIELDS = Set.of("config", "alias", "kid", "pinEnv");
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  private Pkcs11Block() {}

  /**
   * The block of {@code entry}, if it has one; a relative {@code config} is resolved against
   * {@code folder}. Problems are added, named {@code <at>.pkcs11.<field>}.
   */
  static Optional<Pkcs11Settings> read(JsonNode entry, String at, Path folder,
      Map<String, String> env, List<String> problems) {
    JsonNode block = entry.get(FIELD);
    if (block == null) {
      return Optional.empty();
    }
    String here = at + "." + FIELD;
    if (!block.isObject()) {
      problems.add(here + ": must be an object");
      return Optional.empty();
    }
    int before = problems.size();
    FileFields.refuseUnknown(block, FIELDS, here, problems);
    Optional<String> config = FileFields.text(block, "config", here, problems);
    Optional<String> alias = FileFields.text(block, "alias", here, problems);
    Optional<String> kid = FileFields.optionalText(block, "kid", here, problems);
    Optional<String> pin = FileFields.text(block, "pinEnv", here, problems)
        .flatMap(name -> pin(name, here, env, problems));
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Pkcs11Settings(folder.resolve(config.get()).normalize(), pin.get(),
        alias.get(), kid.orElse(alias.get()), Pkcs11Settings.Origin.INSTITUTIONS_FILE));
  }

  private static Optional<String> pin(String variable, String here, Map<String, String> env,
      List<String> problems) {
    if (!ENV_NAME.matcher(variable).matches()) {
      problems.add(here + ".pinEnv: must be the name of an environment variable"
          + " (letters, digits, _)");
      return Optional.empty();
    }
    Optional<String> pin = Optional.ofNullable(env.get(variable)).map(String::strip)
        .filter(v -> !v.isEmpty());
    if (pin.isEmpty()) {
      problems.add(here + ".pinEnv: the environment variable " + variable
          + " (the token PIN) is not set or empty");
    }
    return pin;
  }
}
