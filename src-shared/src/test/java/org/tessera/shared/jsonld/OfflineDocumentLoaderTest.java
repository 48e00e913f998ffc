package org.tessera.shared.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.tessera.shared.model.KnownUrls;

class OfflineDocumentLoaderTest {

  private final OfflineDocumentLoader loader = new OfflineDocumentLoader();

  @Test
  void loadDocument_bundledUrl_parsedOnceAndCached() throws JsonLdError {
    Document first = loader.loadDocument(URI.create(KnownUrls.CMF_CONTEXT), new DocumentLoaderOptions());
    Document second = loader.loadDocument(URI.create(KnownUrls.CMF_CONTEXT), new DocumentLoaderOptions());

    assertThat(first).isSameAs(second);
    assertThat(first.getJsonContent()).isPresent();
    assertThat(first.getJsonContent().get().asJsonObject()).containsKey("@context");
    assertThat(first.getDocumentUrl()).isEqualTo(URI.create(KnownUrls.CMF_CONTEXT));
  }

  @Test
  void loadDocument_everyKnownContext_served() throws JsonLdError {
    for (String url : BundledContexts.urls()) {
      assertThat(loader.loadDocument(URI.create(url), new DocumentLoaderOptions()).getJsonContent())
          .as(url).isPresent();
    }
    assertThat(BundledContexts.urls()).contains(KnownUrls.VC_V2_CONTEXT, KnownUrls.OB_CONTEXT,
        KnownUrls.OB_EXTENSIONS_CONTEXT, KnownUrls.STATUS_LIST_CONTEXT, KnownUrls.VC_V1_CONTEXT);
  }

  @Test
  void loadDocument_unknownUrl_refused() {
    URI unknown = URI.create("https://www.w3.org/ns/credentials/v3");

    assertThatThrownBy(() -> loader.loadDocument(unknown, new DocumentLoaderOptions()))
        .isInstanceOf(JsonLdError.class)
        .hasMessageContaining("unknown context https://www.w3.org/ns/credentials/v3")
        .satisfies(e -> assertThat(((JsonLdError) e).getCode())
            .isEqualTo(JsonLdErrorCode.LOADING_DOCUMENT_FAILED));
  }

  @Test
  void loadDocument_sameUrlOverHttp_refused() {
    // Only the exact URL is served: no scheme or trailing-slash leniency that could be abused.
    URI http = URI.create("http://w3id.org/tessera/contexts/cmf-v1.jsonld");

    assertThatThrownBy(() -> loader.loadDocument(http, new DocumentLoaderOptions()))
        .isInstanceOf(JsonLdError.class);
  }
}
