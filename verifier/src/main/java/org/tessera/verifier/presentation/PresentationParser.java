package org.tessera.verifier.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;
import org.tessera.verifier.checks.CredentialInput;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Check {@code vp.parse}: finds the presentation JWT in the input (the compact JWT, an
 * {@code EnvelopedVerifiablePresentation}, or either under {@code verifiablePresentation}),
 * reads it strictly and detects its shape: a {@code vp} claim (VCDM 1.1) or a VCDM 2.0
 * presentation as the payload. It must name a holder and hold 1..max credentials. Nothing is
 * verified here; failures carry only the codes' fixed words.
 */
final class PresentationParser {

  static final String ID = "vp.parse";
  static final String ENVELOPE_TYPE = "EnvelopedVerifiablePresentation";
  static final String DATA_URL_PREFIX = "data:application/vp+jwt,";
  private static final String VP_TYPE = "VerifiablePresentation";

  private final PresentationPolicy policy;

  PresentationParser(PresentationPolicy policy) {
    this.policy = policy;
  }

  Step<ParsedPresentation> run(String input) {
    if (input == null) {
      return Step.failed(ID, ErrorCode.PRESENTATION_MALFORMED);
    }
    if (input.length() > policy.maxChars()) {
      return Step.failed(ID, ErrorCode.PRESENTATION_TOO_LARGE);
    }
    String text = input.strip();
    boolean enveloped = false;
    Optional<String> compact;
    if (text.startsWith("{")) {
      Optional<ObjectNode> json = Json.parseUntrustedObject(text);
      JsonNode node = json.map(o -> o.has("verifiablePresentation")
          ? o.get("verifiablePresentation") : o).orElse(null);
      if (node != null && node.isTextual()) {
        compact = CredentialInput.compactJws(node.asText());
      } else {
        compact = CredentialInput.fromEnvelope(node, ENVELOPE_TYPE, DATA_URL_PREFIX);
        enveloped = compact.isPresent();
      }
    } else {
      compact = CredentialInput.compactJws(text);
    }
    if (compact.isEmpty()) {
      return Step.failed(ID, ErrorCode.PRESENTATION_MALFORMED);
    }
    return parse(compact.get(), enveloped);
  }

  private Step<ParsedPresentation> parse(String compact, boolean enveloped) {
    String[] parts = compact.split("\\.", -1);
    Optional<ObjectNode> header = parts[0].length() > CredentialJwt.MAX_HEADER_CHARS
        ? Optional.empty() : CredentialJwt.decodeJson(parts[0]);
    Optional<ObjectNode> payload = CredentialJwt.decodeJson(parts[1]);
    if (header.isEmpty() || payload.isEmpty()) {
      return Step.failed(ID, ErrorCode.PRESENTATION_MALFORMED);
    }
    Optional<String> alg = text(header.get().get("alg"));
    if (alg.flatMap(JwsAlgorithm::fromHeader).isEmpty()) {
      // alg none, HMAC, or none at all: never parsed as a signed object.
      return Step.failed(ID, ErrorCode.ALG_NOT_ALLOWED);
    }
    if (!textOrAbsent(header.get(), "kid") || !textOrAbsent(header.get(), "typ")
        || !textOrAbsent(header.get(), "cty")) {
      return Step.failed(ID, ErrorCode.PRESENTATION_HEADER_NOT_ALLOWED);
    }
    JWSObject jws;
    try {
      jws = JWSObject.parse(compact);
    } catch (ParseException | RuntimeException e) {
      return Step.failed(ID, ErrorCode.PRESENTATION_MALFORMED);
    }
    ObjectNode claims = payload.get();
    JsonNode vp = claims.get("vp");
    PresentationShape shape;
    ObjectNode presentation;
    if (vp != null) {
      if (!vp.isObject() || !hasType(vp, VP_TYPE) || enveloped) {
        return Step.failed(ID, ErrorCode.PRESENTATION_MALFORMED);
      }
      shape = PresentationShape.VCDM11_VP_CLAIM;
      presentation = (ObjectNode) vp;
    } else if (hasType(claims, VP_TYPE)) {
      shape = enveloped ? PresentationShape.ENVELOPED_VC_JOSE_COSE : PresentationShape.VC_JOSE_COSE;
      presentation = claims;
    } else {
      return Step.failed(ID, ErrorCode.PRESENTATION_MALFORMED);
    }
    Optional<String> iss = text(claims.get("iss"));
    JsonNode holderNode = presentation.get("holder");
    Optional<String> holder = text(holderNode != null && holderNode.isObject()
        ? holderNode.get("id") : holderNode);
    if ((holderNode != null && holder.isEmpty()) || (claims.has("iss") && iss.isEmpty())) {
      return Step.failed(ID, ErrorCode.PRESENTATION_MALFORMED);
    }
    if (iss.isPresent() && holder.isPresent() && !iss.get().equals(holder.get())) {
      return Step.failed(ID, ErrorCode.HOLDER_MISMATCH);
    }
    Optional<String> holderDid = iss.or(() -> holder).filter(h -> h.startsWith("did:"));
    if (holderDid.isEmpty()) {
      return Step.failed(ID, ErrorCode.PRESENTATION_MALFORMED);
    }
    List<JsonNode> credentials = credentials(presentation.get("verifiableCredential"));
    if (credentials.isEmpty()) {
      return Step.failed(ID, ErrorCode.PRESENTATION_MALFORMED);
    }
    if (credentials.size() > policy.maxCredentials()) {
      return Step.failed(ID, ErrorCode.TOO_MANY_CREDENTIALS);
    }
    Set<String> names = new LinkedHashSet<>();
    header.get().fieldNames().forEachRemaining(names::add);
    ParsedPresentation parsed = new ParsedPresentation(jws, shape, holderDid.get(), claims,
        credentials, alg.get(), text(header.get().get("kid")), text(header.get().get("typ")),
        text(header.get().get("cty")), names);
    return Step.passed(ID, DetailKey.VP_PARSE_OK.with(shape.name(),
        String.valueOf(credentials.size())), parsed);
  }

  /** One credential or an array of them; anything else counts as none. */
  private static List<JsonNode> credentials(JsonNode node) {
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      return List.of(node);
    }
    List<JsonNode> all = new ArrayList<>();
    node.forEach(all::add);
    return all;
  }

  private static boolean hasType(JsonNode node, String type) {
    JsonNode value = node.get("type");
    return value != null && (value.isTextual() ? value.asText().equals(type)
        : value.isArray() && CredentialInput.containsText(value, type));
  }

  private static boolean textOrAbsent(ObjectNode node, String member) {
    return !node.has(member) || node.get(member).isTextual();
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank()
        ? Optional.of(node.asText()) : Optional.empty();
  }
}
