package org.tessera.verifier.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.tessera.verifier.testkit.SdJwtVectors;

/** Input detection, splitting, the metadata URL and the status-list size cap. */
class SdJwtPartsTest {

  @Test
  void looksLikeSdJwt_onlyAJwsFollowedByTilde() {
    assertThat(SdJwtParts.looksLikeSdJwt(SdJwtVectors.genuine())).isTrue();
    assertThat(SdJwtParts.looksLikeSdJwt("eyJhbGciOiJFUzI1NiJ9.e30.c2ln")).isFalse();
    assertThat(SdJwtParts.looksLikeSdJwt("{\"a\":\"x.y~z\"}")).isFalse();
    assertThat(SdJwtParts.looksLikeSdJwt("~abc")).isFalse();
  }

  @Test
  void split_keyBindingAfterTheLastTilde_presentedPartExcludesIt() {
    SdJwtParts parts = SdJwtParts.split("eyJhbGciOiJFUzI1NiJ9.e30.c2ln~ZDE~ZDI~a.b.c").orElseThrow();

    assertThat(parts.disclosures()).containsExactly("ZDE", "ZDI");
    assertThat(parts.keyBindingJwt()).contains("a.b.c");
    assertThat(parts.presented()).isEqualTo("eyJhbGciOiJFUzI1NiJ9.e30.c2ln~ZDE~ZDI~");
  }

  @Test
  void split_emptyDisclosureOrTooMany_refused() {
    assertThat(SdJwtParts.split("eyJhbGciOiJFUzI1NiJ9.e30.c2ln~~")).isEmpty();
    assertThat(SdJwtParts.split("eyJhbGciOiJFUzI1NiJ9.e30.c2ln~" + "ZA~".repeat(101))).isEmpty();
  }

  @Test
  void metadataUrl_wellKnownBetweenHostAndPath() {
    assertThat(IssuerKeys.metadataUrl("https://a.edu:8443/institutions/x/").orElseThrow())
        .hasToString("https://a.edu:8443/.well-known/jwt-vc-issuer/institutions/x");
    assertThat(IssuerKeys.metadataUrl("https://a.edu").orElseThrow())
        .hasToString("https://a.edu/.well-known/jwt-vc-issuer");
    assertThat(IssuerKeys.metadataUrl("https://u@a.edu")).isEmpty();
  }

  @Test
  void inflate_zlibBomb_refused() {
    byte[] zeros = new byte[TokenStatusList.MAX_LIST_BYTES + 1];
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(zeros);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    String lst = Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());

    assertThat(lst.length()).isLessThan(10_000);
    assertThat(TokenStatusList.inflate(lst)).isEmpty();
    assertThat(TokenStatusList.inflate("eNrbBAAAPgA-")).isEmpty();
  }
}
