package org.tessera.kit.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;

/**
 * RFC 9457 problem details, written the one way every service writes them: the standard members
 * first ({@code type}, {@code title}, {@code status}, {@code detail}), then whatever extension
 * members the service adds to the body ({@code code}, {@code errors}), at the body's status.
 */
public final class ProblemDetails {

  public static final String CONTENT_TYPE = "application/problem+json";

  /** The {@code type} of a problem that has no page of its own (RFC 9457 §4.2.1). */
  public static final String ABOUT_BLANK = "about:blank";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProblemDetails() {}

  /**
   * A problem body to add extension members to. {@code detail} must not echo unauthenticated
   * input: it is shown to whoever sent the request.
   *
   * @throws IllegalArgumentException for a status outside 400–599 or a blank title
   */
  public static ObjectNode body(String type, String title, int status, Optional<String> detail) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detail, "detail");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem has a 4xx or 5xx status: " + status);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a problem has a title");
    }
    ObjectNode body = MAPPER.createObjectNode();
    body.put("type", type);
    body.put("title", title);
    body.put("status", status);
    detail.ifPresent(d -> body.put("detail", d));
    return body;
  }

  /** Answers with {@code body} (made by {@link #body}) at its {@code status}. */
  public static void write(Context ctx, ObjectNode body) {
    String text = json(body);
    ctx.status(body.path("status").asInt()).contentType(CONTENT_TYPE).result(text);
  }

  /**
   * The JSON text of {@code body} (made by {@link #body}), for answers written below Javalin
   * (Jetty's error handler).
   */
  public static String json(ObjectNode body) {
    int status = body.path("status").asInt(0);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("not a problem body (no 4xx or 5xx status)");
    }
    return text(body);
  }

  private static String text(ObjectNode body) {
    try {
      return MAPPER.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; anything else is a bug.
      throw new IllegalStateException("problem body not serialisable", e);
    }
  }
}
