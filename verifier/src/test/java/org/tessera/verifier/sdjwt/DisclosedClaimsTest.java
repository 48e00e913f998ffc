package org.tessera.verifier.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.authlete.sd.Disclosure;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.SdJwtVectors;

/** The disclosure rules of RFC 9901 §7.1, refusing where libraries silently drop. */
class DisclosedClaimsTest {

  private static final Disclosure CITY = new Disclosure("c2FsdDE", "city", "Leuven");
  private static final Disclosure ITEM = new Disclosure((Object) "blue");
  private static final Disclosure ADDRESS_HOLDER = new Disclosure("c2FsdDM", "address",
      Json.mapper().convertValue(Json.object().put("country", "BE")
          .set("_sd", Json.mapper().createArrayNode().add(CITY.digest())), java.util.Map.class));

  private static ObjectNode payload() {
    ObjectNode payload = Json.object().put("iss", "https://a.example").put("_sd_alg", "sha-256");
    payload.putArray("_sd").add(ADDRESS_HOLDER.digest());
    payload.putArray("colours").add("red").addObject().put("...", ITEM.digest());
    return payload;
  }

  private static DisclosedClaims.Result show(ObjectNode payload, Disclosure... disclosures) {
    return DisclosedClaims.show(payload,
        List.of(disclosures).stream().map(Disclosure::getDisclosure).toList());
  }

  @Test
  void show_nestedAndArrayDisclosures_inPlaceWithPaths() {
    DisclosedClaims.Result result = show(payload(), ADDRESS_HOLDER, CITY, ITEM);

    assertThat(result).isInstanceOf(DisclosedClaims.Result.Shown.class);
    DisclosedClaims.Result.Shown shown = (DisclosedClaims.Result.Shown) result;
    assertThat(shown.claims().path("address").path("city").asText()).isEqualTo("Leuven");
    assertThat(shown.claims().path("colours").toString()).isEqualTo("[\"red\",\"blue\"]");
    assertThat(shown.claims().has("_sd")).isFalse();
    assertThat(shown.claims().has("_sd_alg")).isFalse();
    assertThat(shown.disclosedPaths()).containsExactly("colours[1]", "address", "address.city");
  }

  @Test
  void show_nothingDisclosed_undisclosedArrayElementsLeftOut() {
    DisclosedClaims.Result.Shown shown = (DisclosedClaims.Result.Shown) show(payload());

    assertThat(shown.claims().has("address")).isFalse();
    assertThat(shown.claims().path("colours").toString()).isEqualTo("[\"red\"]");
    assertThat(shown.disclosedPaths()).isEmpty();
  }

  @Test
  void show_nestedDisclosureWithoutItsParent_notInToken() {
    assertThat(show(payload(), CITY))
        .isEqualTo(new DisclosedClaims.Result.Refused(ErrorCode.DISCLOSURE_NOT_IN_TOKEN));
  }

  @Test
  void show_arrayDisclosureWhereAPropertyStands_tampered() {
    ObjectNode payload = payload();
    Disclosure element = new Disclosure((Object) "x");
    ((com.fasterxml.jackson.databind.node.ArrayNode) payload.get("_sd")).add(element.digest());
    assertThat(show(payload, element))
        .isEqualTo(new DisclosedClaims.Result.Refused(ErrorCode.DISCLOSURE_TAMPERED));
  }

  @Test
  void show_reservedName_claimConflict() {
    String reserved = SdJwtVectors.encode("[\"c2FsdDU\",\"_sd\",[\"x\"]]");
    assertThat(DisclosedClaims.show(payload(), List.of(reserved)))
        .isEqualTo(new DisclosedClaims.Result.Refused(ErrorCode.DISCLOSURE_CLAIM_CONFLICT));
  }

  @Test
  void show_notBase64Url_tampered() {
    assertThat(DisclosedClaims.show(payload(), List.of("not*base64")))
        .isEqualTo(new DisclosedClaims.Result.Refused(ErrorCode.DISCLOSURE_TAMPERED));
  }

  @Test
  void show_digestTwiceInArray_duplicate() {
    ObjectNode payload = payload();
    ((com.fasterxml.jackson.databind.node.ArrayNode) payload.get("colours")).addObject()
        .put("...", ITEM.digest());
    assertThat(show(payload, ITEM))
        .isEqualTo(new DisclosedClaims.Result.Refused(ErrorCode.DISCLOSURE_DUPLICATE));
  }
}
