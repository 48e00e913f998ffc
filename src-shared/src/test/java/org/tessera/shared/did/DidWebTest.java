package org.tessera.shared.did;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DidWebTest {

  @ParameterizedTest
  @CsvSource({
      "https://a.edu:8443/x, did:web:a.edu%3A8443:x",
      "http://localhost:8080, did:web:localhost%3A8080",
      "https://w3c-ccg.github.io/, did:web:w3c-ccg.github.io",
      "https://w3c-ccg.github.io/user/alice, did:web:w3c-ccg.github.io:user:alice",
      "https://Example.COM:3000/user/alice/, did:web:example.com%3A3000:user:alice"
  })
  void fromBaseUrl_url_didWeb(String url, String did) {
    assertThat(DidWeb.fromBaseUrl(URI.create(url))).isEqualTo(did);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://a.edu", "https://a.edu/?q=1", "https://a.edu/#f", "https://u@a.edu", "urn:x:y"})
  void fromBaseUrl_unusableUrl_rejected(String url) {
    assertThatThrownBy(() -> DidWeb.fromBaseUrl(URI.create(url))).isInstanceOf(IllegalArgumentException.class);
  }

  /** The examples of spec/refs/did-web.txt ("Read (Resolve)"). */
  @ParameterizedTest
  @CsvSource({
      "did:web:w3c-ccg.github.io, https://w3c-ccg.github.io/.well-known/did.json",
      "did:web:w3c-ccg.github.io:user:alice, https://w3c-ccg.github.io/user/alice/did.json",
      "did:web:example.com%3A3000:user:alice, https://example.com:3000/user/alice/did.json",
      "did:web:example.com:u:bob, https://example.com/u/bob/did.json"
  })
  void documentUrl_specExamples_httpsLocation(String did, String url) {
    assertThat(DidWeb.documentUrl(did, false)).contains(URI.create(url));
  }

  @Test
  void documentUrl_localhost_httpOnlyWhenAllowed() {
    assertThat(DidWeb.documentUrl("did:web:localhost%3A8080", true))
        .contains(URI.create("http://localhost:8080/.well-known/did.json"));
    assertThat(DidWeb.documentUrl("did:web:127.0.0.1%3A7000:issuer", true))
        .contains(URI.create("http://127.0.0.1:7000/issuer/did.json"));
    assertThat(DidWeb.documentUrl("did:web:localhost%3A8080", false))
        .contains(URI.create("https://localhost:8080/.well-known/did.json"));
    assertThat(DidWeb.documentUrl("did:web:a.edu", true)).contains(URI.create("https://a.edu/.well-known/did.json"));
  }

  /** A further institution of a deployment: {@code <base>/institutions/<id>}. */
  @Test
  void documentUrl_institutionPath_httpOnlyOnLocalhostWhenAllowed() {
    assertThat(DidWeb.fromBaseUrl(URI.create("http://localhost:8080/institutions/tessera-academy")))
        .isEqualTo("did:web:localhost%3A8080:institutions:tessera-academy");
    assertThat(DidWeb.documentUrl("did:web:localhost%3A8080:institutions:tessera-academy", true))
        .contains(URI.create("http://localhost:8080/institutions/tessera-academy/did.json"));
    assertThat(DidWeb.documentUrl("did:web:localhost%3A8080:institutions:tessera-academy", false))
        .contains(URI.create("https://localhost:8080/institutions/tessera-academy/did.json"));
    assertThat(DidWeb.documentUrl("did:web:uni.example:institutions:academy", true))
        .contains(URI.create("https://uni.example/institutions/academy/did.json"));
  }

  @Test
  void fromBaseUrlThenDocumentUrl_roundTrip() {
    String did = DidWeb.fromBaseUrl(URI.create("https://a.edu:8443/x"));
    assertThat(DidWeb.documentUrl(did, false)).contains(URI.create("https://a.edu:8443/x/did.json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "did:key:z6Mk", "did:web:", "did:web:a.edu#key-1", "did:web:a.edu?x=1", "did:web:a.edu:..:etc",
      "did:web:a.edu::x", "did:web:a.edu%3A99999", "did:web:a.edu%3Ax", "did:web:a.edu%3A1%3A2",
      "did:web:a_b.edu", "did:web:a.edu%2Fevil", "did:web:user@a.edu", "did:web:a.edu:x%2"
  })
  void documentUrl_malformed_empty(String did) {
    assertThat(DidWeb.documentUrl(did, true)).isEmpty();
  }

  @Test
  void documentUrl_tooLongOrNull_empty() {
    assertThat(DidWeb.documentUrl(null, false)).isEmpty();
    assertThat(DidWeb.documentUrl("did:web:a.edu:" + "x".repeat(DidWeb.MAX_DID_LENGTH), false)).isEmpty();
  }
}
