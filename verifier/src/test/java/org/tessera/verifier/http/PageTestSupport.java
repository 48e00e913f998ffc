package org.tessera.verifier.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import okhttp3.FormBody;
import okhttp3.Response;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.verifier.page.PageConfig;

/** Form posts and the page configuration shared by the page tests. */
final class PageTestSupport {

  private PageTestSupport() {}

  static PageConfig pageConfig(Path shareDb) {
    return new PageConfig(java.net.URI.create("https://verify.example"),
        Optional.of("jdbc:sqlite:" + shareDb), Optional.empty(), "https://verify.example");
  }

  static Response postForm(HttpClient client, String path, Map<String, String> fields) {
    FormBody.Builder form = new FormBody.Builder();
    fields.forEach(form::add);
    return client.request(path, b -> b.post(form.build()));
  }

  static String body(Response response) {
    try {
      return response.body().string();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
