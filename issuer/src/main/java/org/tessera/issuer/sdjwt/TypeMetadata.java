package org.tessera.issuer.sdjwt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.tessera.shared.integrity.SubresourceIntegrity;
import org.tessera.shared.json.Json;

/**
 * The SD-JWT VC Type Metadata of Tessera's micro-credential (SD-JWT VC §6): one document per
 * deployment at its {@code vct} URL, extending the EUDI Learning Credential, with display and
 * claim metadata from {@link LearningCredentialClaim}. Its bytes are fixed at start-up; the
 * credentials carry their SRI digest as {@code vct#integrity}.
 */
public final class TypeMetadata {

  /** Where the document is served, below the deployment's base URL; also the vct's path. */
  public static final String PATH = "/vct/micro-credential/v1";
  public static final String EUDI_LEARNING_CREDENTIAL = "urn:eu.europa.ec.eudi:learning:credential:1";
  /** Display name and colours, shared with the OpenID4VCI metadata. */
  public static final String NAME = "Micro-credential";
  public static final String BACKGROUND = "#12355b";
  public static final String TEXT_COLOR = "#ffffff";

  private final String vct;
  private final byte[] bytes;
  private final String integrity;

  private TypeMetadata(String vct, byte[] bytes) {
    this.vct = vct;
    this.bytes = bytes;
    this.integrity = SubresourceIntegrity.sha384(bytes);
  }

  /** The document of the deployment at {@code deploymentBaseUrl}. */
  public static TypeMetadata of(String deploymentBaseUrl) {
    Objects.requireNonNull(deploymentBaseUrl, "deploymentBaseUrl");
    String vct = deploymentBaseUrl + PATH;
    ObjectNode m = Json.object();
    m.put("vct", vct);
    m.put("name", "Tessera micro-credential (SD-JWT VC)");
    m.put("description", "A European micro-credential: the EUDI Learning Credential claims plus"
        + " the Common Microcredential Framework values (ECTS, hours, EQF level, assessment,"
        + " identity verification, quality assurance, ESCO skills).");
    m.put("extends", EUDI_LEARNING_CREDENTIAL);
    ObjectNode display = m.putArray("display").addObject();
    display.put("locale", "en");
    display.put("name", NAME);
    display.put("description", "A European micro-credential");
    display.putObject("rendering").putObject("simple")
        .put("background_color", BACKGROUND).put("text_color", TEXT_COLOR);
    ArrayNode claims = m.putArray("claims");
    for (LearningCredentialClaim claim : LearningCredentialClaim.values()) {
      ObjectNode c = claims.addObject();
      c.putArray("path").add(claim.claimName());
      c.putArray("display").addObject().put("locale", "en").put("label", claim.label())
          .put("description", claim.description());
      c.put("sd", claim.disclosable() ? "always" : "never");
      c.put("mandatory", claim.mandatory());
    }
    return new TypeMetadata(vct, Json.write(m).getBytes(StandardCharsets.UTF_8));
  }

  /** The {@code vct} value: the URL the document is served at. */
  public String vct() {
    return vct;
  }

  /** The served bytes (the integrity digest covers exactly these). */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The {@code vct#integrity} value, e.g. {@code sha384-…}. */
  public String integrity() {
    return integrity;
  }
}
