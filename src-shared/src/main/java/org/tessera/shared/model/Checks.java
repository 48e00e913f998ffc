package org.tessera.shared.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validation helpers for the compact constructors of the model records. Every failure is an
 * {@link IllegalArgumentException} whose message starts with the field name and never contains
 * the rejected value (values may be untrusted input).
 */
public final class Checks {

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.+");

  private Checks() {}

  /** A required, non-blank string. */
  public static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": must be a non-blank string");
    }
    return value;
  }

  /** An optional string: the Optional itself must not be null, its value must not be blank. */
  public static Optional<String> optionalText(Optional<String> value, String field) {
    present(value, field).ifPresent(v -> text(v, field));
    return value;
  }

  /** A required absolute URI (http, https, did, urn, data, ...): a scheme and no whitespace. */
  public static String uri(String value, String field) {
    text(value, field);
    if (!SCHEME.matcher(value).matches() || value.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(field + ": must be an absolute URI");
    }
    try {
      new URI(value);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(field + ": must be an absolute URI");
    }
    return value;
  }

  /** An optional absolute URI. */
  public static Optional<String> optionalUri(Optional<String> value, String field) {
    present(value, field).ifPresent(v -> uri(v, field));
    return value;
  }

  /** A required value (records, enums, Optionals). */
  public static <T> T present(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + ": is required");
    }
    return value;
  }

  /** An immutable copy of a list without null elements. */
  public static <T> List<T> list(List<T> value, String field) {
    present(value, field);
    if (value.stream().anyMatch(Objects::isNull)) {
      throw new IllegalArgumentException(field + ": must not contain null");
    }
    return List.copyOf(value);
  }

  /** An immutable copy of a list of non-blank strings. */
  public static List<String> texts(List<String> value, String field) {
    List<String> copy = list(value, field);
    copy.forEach(v -> text(v, field));
    return copy;
  }

  /** A JSON-LD {@code type} array: non-blank entries, one of which is {@code required}. */
  public static List<String> types(List<String> value, String required, String field) {
    List<String> copy = texts(value, field);
    if (!copy.contains(required)) {
      throw new IllegalArgumentException(field + ": must contain " + required);
    }
    return copy;
  }

  /** A required value that must equal the only allowed constant. */
  public static String constant(String value, String expected, String field) {
    if (!expected.equals(value)) {
      throw new IllegalArgumentException(field + ": must be " + expected);
    }
    return value;
  }
}
