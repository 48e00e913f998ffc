package org.tessera.issuer.audit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.tessera.shared.json.Json;

/**
 * The audit chain's hash: SHA-256 (hex) over the previous hash and the row's canonical content,
 * a compact JSON array {@code ["tessera-audit-v1", prevHash, seq, id, action, actor, target,
 * atMillis, detail]} (absent values as {@code null}). A row of an institution is
 * {@code "tessera-audit-v2"} with the institution id appended; rows without one (deployment
 * events, rows from before institutions) keep the v1 form, so older chains still verify and
 * moving a row into or out of an institution changes its hash. Any change to a stored column,
 * a removed row or a reordering changes some hash.
 */
public final class EventChain {

  /** The "previous hash" of the first row. */
  public static final String GENESIS = "0".repeat(64);

  private EventChain() {}

  static String hash(String prevHash, long seq, String id, String action, String actor,
      Optional<String> targetId, long atMillis, Optional<String> detail,
      Optional<String> institutionId) {
    ArrayNode canonical = Json.mapper().createArrayNode();
    canonical.add(institutionId.isPresent() ? "tessera-audit-v2" : "tessera-audit-v1");
    canonical.add(prevHash).add(seq).add(id).add(action).add(actor);
    canonical.add(targetId.orElse(null)).add(atMillis).add(detail.orElse(null));
    institutionId.ifPresent(canonical::add);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(Json.write(canonical).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
