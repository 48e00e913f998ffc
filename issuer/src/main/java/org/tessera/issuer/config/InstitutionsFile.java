package org.tessera.issuer.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.issuer.store.Scope;
import org.tessera.shared.json.Json;

/**
 * Reads {@code ISSUER_INSTITUTIONS}: a JSON file listing the further institutions of the
 * deployment, {@code {"institutions": [{"id", "name", "country", "url"?, "keys",
 * "signingKey"?, "pkcs11"?}]}}. Relative {@code keys} folders and PKCS#11 configuration files
 * are resolved against the file's folder; token PINs come from the environment
 * ({@link Pkcs11Block}). Every problem is reported at once, named by its place in the file.
 */
public final class InstitutionsFile {

  static final long MAX_BYTES = 1024 * 1024;
  static final int MAX_INSTITUTIONS = 500;
  private static final int MAX_NAME = 200;
  private static final Set<String> FIELDS =
      Set.of("id", "name", "country", "url", "keys", "signingKey", Pkcs11Block.FIELD);
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private InstitutionsFile() {}

  /**
   * Reads and validates {@code file}, taking token PINs from {@code env}; problems are added to
   * {@code problems}, and with any problem the answer is empty.
   */
  public static List<InstitutionConfig> read(Path file, Map<String, String> env,
      List<String> problems) {
    int before = problems.size();
    String where = "ISSUER_INSTITUTIONS (" + file + ")";
    Optional<JsonNode> root = parse(file, where, problems);
    if (root.isEmpty()) {
      return List.of();
    }
    JsonNode list = root.get().path("institutions");
    if (!root.get().isObject() || !list.isArray() || root.get().size() != 1) {
      problems.add(where + ": must be an object with one member, \"institutions\": [...]");
      return List.of();
    }
    if (list.size() > MAX_INSTITUTIONS) {
      problems.add(where + ": at most " + MAX_INSTITUTIONS + " institutions");
      return List.of();
    }
    Path folder = file.toAbsolutePath().getParent();
    List<InstitutionConfig> institutions = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String at = where + ": institutions[" + i + "]";
      entry(list.get(i), at, folder, env, problems).ifPresent(inst -> {
        if (!ids.add(inst.id())) {
          problems.add(at + ".id: '" + inst.id() + "' is listed twice");
        } else {
          institutions.add(inst);
        }
      });
    }
    // All or nothing: a deployment never starts with part of its institutions.
    return problems.size() > before ? List.of() : List.copyOf(institutions);
  }

  private static Optional<JsonNode> parse(Path file, String where, List<String> problems) {
    try {
      if (!Files.isRegularFile(file)) {
        problems.add(where + ": not a readable file");
        return Optional.empty();
      }
      if (Files.size(file) > MAX_BYTES) {
        problems.add(where + ": larger than " + MAX_BYTES + " bytes");
        return Optional.empty();
      }
      Optional<JsonNode> json = Json.parseUntrusted(Files.readString(file));
      if (json.isEmpty()) {
        problems.add(where + ": not valid JSON (duplicate keys are refused)");
      }
      return json;
    } catch (IOException e) {
      problems.add(where + ": cannot be read (" + e.getClass().getSimpleName() + ")");
      return Optional.empty();
    }
  }

  private static Optional<InstitutionConfig> entry(JsonNode node, String at, Path folder,
      Map<String, String> env, List<String> problems) {
    if (!node.isObject()) {
      problems.add(at + ": must be an object");
      return Optional.empty();
    }
    int before = problems.size();
    FileFields.refuseUnknown(node, FIELDS, at, problems);
    Optional<String> id = FileFields.text(node, "id", at, problems);
    if (id.isPresent() && (!Scope.isValidId(id.get()) || id.get().equals(Scope.DEFAULT_ID))) {
      problems.add(at + ".id: must be 1-64 lower-case letters, digits or inner hyphens, and"
          + " not '" + Scope.DEFAULT_ID + "'");
    }
    Optional<String> name = FileFields.text(node, "name", at, problems);
    if (name.isPresent() && name.get().length() > MAX_NAME) {
      problems.add(at + ".name: at most " + MAX_NAME + " characters");
    }
    Optional<String> country = FileFields.text(node, "country", at, problems)
        .map(c -> c.toUpperCase(Locale.ROOT));
    if (country.isPresent() && !COUNTRIES.contains(country.get())) {
      problems.add(at + ".country: must be an ISO 3166-1 alpha-2 code, e.g. NL");
    }
    Optional<URI> url = FileFields.optionalText(node, "url", at, problems)
        .flatMap(u -> url(u, at, problems));
    Optional<String> keys = FileFields.text(node, "keys", at, problems);
    Optional<String> signingKey = FileFields.optionalText(node, "signingKey", at, problems);
    Optional<Pkcs11Settings> pkcs11 = Pkcs11Block.read(node, at, folder, env, problems);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new InstitutionConfig(id.get(), name.get(), country.get(), url,
        folder.resolve(keys.get()).normalize(), signingKey, pkcs11));
  }

  private static Optional<URI> url(String raw, String at, List<String> problems) {
    Optional<URI> uri = HttpUrls.parse(raw);
    if (uri.isEmpty()) {
      problems.add(at + ".url: must be an absolute http(s) URL");
    }
    return uri;
  }

}
