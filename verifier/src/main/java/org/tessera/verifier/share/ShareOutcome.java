package org.tessera.verifier.share;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.OptionalLong;
import org.tessera.shared.json.Json;
import org.tessera.shared.qr.QrSvg;
import org.tessera.verifier.result.RequestError;

/** What a share-link request came to: a new link, a revoked one, or a refusal. */
public sealed interface ShareOutcome {

  /** A new link at {@code url}. */
  record Created(CreatedShare share, String url) implements ShareOutcome {
    public Created {
      Objects.requireNonNull(share, "share");
      Objects.requireNonNull(url, "url");
    }

    /** The {@code POST /shares} response body (docs/share-links.md). */
    public ObjectNode json() {
      ObjectNode out = Json.object();
      out.put("id", share.id());
      out.put("url", url);
      out.put("qr", url + "/qr.svg");
      out.put("qrSvg", QrSvg.render(url, "QR code"));
      out.put("manageToken", share.manageToken());
      out.put("expiresAt", share.expiresAt().toString());
      return out;
    }

    @Override
    public String toString() {
      return "Created[" + share + "]";
    }
  }

  /** The link is revoked. */
  record Revoked() implements ShareOutcome {}

  /**
   * Refused, with a detail safe to show (it never quotes the request) and, for
   * {@link RequestError#RATE_LIMITED}, the seconds after which to try again.
   */
  record Refused(RequestError error, String detail, OptionalLong retryAfterSeconds)
      implements ShareOutcome {
    public Refused {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(retryAfterSeconds, "retryAfterSeconds");
    }

    public Refused(RequestError error, String detail) {
      this(error, detail, OptionalLong.empty());
    }
  }
}
