package org.tessera.issuer.result;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads typed fields out of an untrusted JSON request, collecting one {@link FieldError} per bad
 * field (named by its dotted path) instead of stopping at the first. Values are never echoed.
 */
public final class JsonFields {

  private final List<FieldError> errors = new ArrayList<>();

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  public void error(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  public static String path(String parent, String name) {
    return parent.isEmpty() ? name : parent + "." + name;
  }

  /** Reports every member of {@code object} that is not in {@code allowed}. */
  public void rejectUnknown(JsonNode object, String parent, Set<String> allowed) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        error(path(parent, name), "unknown field");
      }
    }
  }

  private Optional<JsonNode> member(JsonNode object, String parent, String name,
      boolean required) {
    JsonNode value = object.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        error(path(parent, name), "is required");
      }
      return Optional.empty();
    }
    return Optional.of(value);
  }

  public Optional<String> text(JsonNode object, String parent, String name, boolean required,
      int maxLength) {
    Optional<JsonNode> value = member(object, parent, name, required);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isTextual() || value.get().asText().isBlank()) {
      error(path(parent, name), "must be a non-empty string");
      return Optional.empty();
    }
    String text = value.get().asText().strip();
    if (text.length() > maxLength) {
      error(path(parent, name), "must be at most " + maxLength + " characters");
      return Optional.empty();
    }
    return Optional.of(text);
  }

  public Optional<Integer> integer(JsonNode object, String parent, String name, boolean required,
      int min, int max) {
    Optional<JsonNode> value = member(object, parent, name, required);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isIntegralNumber() || !value.get().canConvertToInt()
        || value.get().intValue() < min || value.get().intValue() > max) {
      error(path(parent, name), "must be an integer from " + min + " to " + max);
      return Optional.empty();
    }
    return Optional.of(value.get().intValue());
  }

  public Optional<BigDecimal> number(JsonNode object, String parent, String name,
      boolean required, BigDecimal min, BigDecimal max) {
    Optional<JsonNode> value = member(object, parent, name, required);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isNumber() || value.get().decimalValue().compareTo(min) < 0
        || value.get().decimalValue().compareTo(max) > 0) {
      error(path(parent, name), "must be a number from " + min.toPlainString() + " to "
          + max.toPlainString());
      return Optional.empty();
    }
    return Optional.of(value.get().decimalValue().stripTrailingZeros());
  }

  public Optional<Boolean> bool(JsonNode object, String parent, String name, boolean required) {
    Optional<JsonNode> value = member(object, parent, name, required);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isBoolean()) {
      error(path(parent, name), "must be true or false");
      return Optional.empty();
    }
    return Optional.of(value.get().booleanValue());
  }

  public Optional<JsonNode> object(JsonNode object, String parent, String name,
      boolean required) {
    Optional<JsonNode> value = member(object, parent, name, required);
    if (value.isPresent() && !value.get().isObject()) {
      error(path(parent, name), "must be an object");
      return Optional.empty();
    }
    return value;
  }

  /** An array of {@code min..max} items; items are checked by the caller. */
  public Optional<JsonNode> array(JsonNode object, String parent, String name, boolean required,
      int min, int max) {
    Optional<JsonNode> value = member(object, parent, name, required);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isArray() || value.get().size() < min || value.get().size() > max) {
      error(path(parent, name), "must be an array of " + min + " to " + max + " items");
      return Optional.empty();
    }
    return value;
  }

  /**
   * The items of {@code array} (read by {@link #array} at {@code parent.name}): each must be an
   * object ({@code notObject} otherwise) with members in {@code allowed} only, and is then read
   * by {@code reader} at its path {@code name[i]}. An item the reader refuses (empty; it reports
   * why) is left out.
   */
  public <T> List<T> objects(JsonNode array, String parent, String name, String notObject,
      Set<String> allowed, BiFunction<JsonNode, String, Optional<T>> reader) {
    List<T> items = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String at = path(parent, name) + "[" + i + "]";
      JsonNode item = array.get(i);
      if (!item.isObject()) {
        error(at, notObject);
        continue;
      }
      rejectUnknown(item, at, allowed);
      reader.apply(item, at).ifPresent(items::add);
    }
    return items;
  }

  /** A list of non-empty strings. */
  public Optional<List<String>> texts(JsonNode object, String parent, String name,
      boolean required, int min, int max, int maxLength) {
    Optional<JsonNode> array = array(object, parent, name, required, min, max);
    if (array.isEmpty()) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < array.get().size(); i++) {
      JsonNode item = array.get().get(i);
      if (!item.isTextual() || item.asText().isBlank() || item.asText().length() > maxLength) {
        error(path(parent, name) + "[" + i + "]",
            "must be a non-empty string of at most " + maxLength + " characters");
      } else {
        texts.add(item.asText().strip());
      }
    }
    return texts.size() == array.get().size() ? Optional.of(List.copyOf(texts))
        : Optional.empty();
  }

  /** An absolute http(s) URL. */
  public Optional<URI> url(JsonNode object, String parent, String name, boolean required) {
    return text(object, parent, name, required, 2_000)
        .flatMap(text -> httpUrl(text, path(parent, name)));
  }

  public Optional<URI> httpUrl(String text, String field) {
    try {
      URI uri = new URI(text);
      if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    error(field, "must be an absolute http(s) URL");
    return Optional.empty();
  }

  /** One of a fixed set of lower-case tokens. */
  public Optional<String> oneOf(JsonNode object, String parent, String name, boolean required,
      List<String> allowed) {
    Optional<String> text = text(object, parent, name, required, 100);
    if (text.isPresent() && !allowed.contains(text.get())) {
      error(path(parent, name), "must be one of " + String.join(", ", allowed));
      return Optional.empty();
    }
    return text;
  }
}
