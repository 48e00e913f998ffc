package org.tessera.shared.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.tessera.shared.json.Json;

/**
 * Validates credentials against the JSON Schemas their {@code credentialSchema} names, using only
 * the bundled schemas (an unknown schema URL is a violation, never a fetch). Compiled schemas are
 * cached; one instance is safe to share between threads.
 */
public final class CredentialSchemaValidator {

  /** The {@code credentialSchema.type} this validator understands (OB 3.0 §8.2). */
  public static final String SCHEMA_TYPE = "1EdTechJsonSchemaValidator2019";

  /** Bounds on echoed text: messages may quote property names from the credential. */
  static final int MAX_MESSAGE_LENGTH = 300;
  static final int MAX_URL_LENGTH = 200;

  /** One factory per data model: both eras' schemas live under the same URLs. */
  private final Map<VcDataModel, JsonSchemaFactory> factories = new EnumMap<>(VcDataModel.class);
  private final SchemaValidatorsConfig config;
  private final ConcurrentMap<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  public CredentialSchemaValidator() {
    for (VcDataModel model : VcDataModel.values()) {
      OfflineSchemaLoader loader = new OfflineSchemaLoader(bundledByLocation(model));
      factories.put(model, JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909,
          builder -> builder
              .schemaLoaders(loaders -> loaders.values(list -> list.add(0, loader)))
              .enableSchemaCache(true)));
    }
    this.config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_POINTER)
        .formatAssertionsEnabled(true)
        .regularExpressionFactory(new EcmaPatterns())
        .build();
  }

  /**
   * Validates {@code credential} against every {@code credentialSchema} entry of type
   * {@value #SCHEMA_TYPE}, in the schema versions of its data model ({@link VcDataModel#of}). A
   * credential without such an entry is a violation.
   */
  public List<SchemaViolation> validate(JsonNode credential) {
    Objects.requireNonNull(credential, "credential");
    JsonNode schemas = credential.path("credentialSchema");
    List<String> urls = new ArrayList<>();
    for (JsonNode entry : schemas.isArray() ? schemas : List.of(schemas)) {
      if (SCHEMA_TYPE.equals(entry.path("type").asText()) && entry.path("id").isTextual()) {
        urls.add(entry.path("id").textValue());
      }
    }
    if (urls.isEmpty()) {
      return List.of(new SchemaViolation("", "/credentialSchema",
          "missing credentialSchema of type " + SCHEMA_TYPE));
    }
    List<SchemaViolation> violations = new ArrayList<>();
    for (String url : urls) {
      violations.addAll(validate(credential, url));
    }
    return List.copyOf(violations);
  }

  /**
   * Validates {@code credential} against the bundled schema served for {@code schemaUrl} to
   * credentials of its data model.
   */
  public List<SchemaViolation> validate(JsonNode credential, String schemaUrl) {
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(schemaUrl, "schemaUrl");
    VcDataModel model = VcDataModel.of(credential);
    if (!BundledSchemas.urls(model).contains(schemaUrl)) {
      return List.of(new SchemaViolation(truncate(schemaUrl, MAX_URL_LENGTH), "",
          model == VcDataModel.V1_1 ? "unknown schema for a VCDM 1.1 credential"
              : "unknown schema"));
    }
    JsonSchema schema = compiled.computeIfAbsent(model + " " + schemaUrl,
        key -> compile(model, schemaUrl));
    return schema.validate(credential).stream()
        .map(message -> toViolation(schemaUrl, message))
        .sorted(Comparator.comparing(SchemaViolation::instancePath)
            .thenComparing(SchemaViolation::message))
        .toList();
  }

  private JsonSchema compile(VcDataModel model, String url) {
    try {
      return factories.get(model).getSchema(SchemaLocation.of(url), config);
    } catch (JsonSchemaException e) {
      throw new IllegalStateException("bundled schema does not compile: " + url, e);
    }
  }

  private static SchemaViolation toViolation(String schemaUrl, ValidationMessage message) {
    String text = message.getError() != null ? message.getError() : message.getMessage();
    return new SchemaViolation(schemaUrl, message.getInstanceLocation().toString(),
        truncate(text, MAX_MESSAGE_LENGTH));
  }

  /** Every bundled schema, under both its credentialSchema URL and its own {@code $id}. */
  private static Map<String, byte[]> bundledByLocation(VcDataModel model) {
    Map<String, byte[]> byLocation = new HashMap<>();
    for (String url : BundledSchemas.urls(model)) {
      byte[] bytes = BundledSchemas.bytes(url, model).orElseThrow();
      byLocation.put(url, bytes);
      JsonNode id = Json.parseUntrusted(new String(bytes, StandardCharsets.UTF_8))
          .map(node -> node.path("$id"))
          .orElseThrow(() -> new IllegalStateException("bundled schema is not JSON: " + url));
      if (id.isTextual()) {
        byLocation.putIfAbsent(id.textValue().replaceFirst("#$", ""), bytes);
      }
    }
    return byLocation;
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
