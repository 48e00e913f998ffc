package org.tessera.issuer.status;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.shared.json.Json;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.TokenStatusBits;

/**
 * The signed IETF Status List Token (draft-ietf-oauth-status-list §5.1) of one list: header
 * {@code typ: statuslist+jwt}; {@code iss}, {@code sub} = the URL it is served at, {@code iat},
 * {@code ttl} and {@code status_list {bits: 1, lst}}. Like the Bitstring lists it has no
 * {@code exp}: it is re-signed when a bit changes, so it must not lapse between changes; the
 * {@code ttl} tells verifiers how long they may cache it.
 */
final class StatusListToken {

  static final String TYP = "statuslist+jwt";
  /** The media type it is served with. */
  static final String MEDIA_TYPE = "application/statuslist+jwt";

  private StatusListToken() {}

  static String sign(String issuer, String uri, BitstringStatusList bits, Duration ttl,
      Instant now, SigningKey key) {
    ObjectNode claims = Json.object();
    claims.put("iss", issuer);
    claims.put("sub", uri);
    claims.put("iat", now.getEpochSecond());
    claims.put("ttl", ttl.toSeconds());
    claims.putObject("status_list").put("bits", 1).put("lst", TokenStatusBits.lst(bits));
    return key.signTyped(claims, TYP);
  }
}
