package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Objects;

/**
 * An Open Badges 2.0 assertion as it was handed in: the URL of a hosted assertion, the JSON of
 * one (to be compared with its hosted copy), or a signed assertion (compact JWS).
 */
sealed interface Ob2Presented {

  /** Hosted, given by its URL: the fetched copy is the assertion. */
  record HostedUrl(URI url) implements Ob2Presented {
    public HostedUrl {
      Objects.requireNonNull(url, "url");
    }
  }

  /** Hosted, given as JSON: it must equal the copy at its {@code id}. */
  record HostedJson(ObjectNode assertion) implements Ob2Presented {
    public HostedJson {
      assertion = Objects.requireNonNull(assertion, "assertion").deepCopy();
    }

    @Override
    public ObjectNode assertion() {
      return assertion.deepCopy();
    }
  }

  /** Signed: a compact JWS whose payload is the assertion. */
  record Signed(String compact) implements Ob2Presented {
    public Signed {
      Objects.requireNonNull(compact, "compact");
    }
  }

  /** "hosted" or "signed", as the report's parse detail says it. */
  default String kind() {
    return this instanceof Signed ? "signed" : "hosted";
  }
}
