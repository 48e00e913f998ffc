package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.http.PageTestSupport.body;
import static org.tessera.verifier.http.PageTestSupport.postForm;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.html.Html;
import org.tessera.verifier.page.Lang;
import org.tessera.verifier.page.Messages;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.Detail;
import org.tessera.verifier.result.DetailKey;

/** The checks table of a page in any language but English has no English detail left in it. */
class PageDetailsLanguageTest extends PageAppTestBase {

  private final Messages messages = new Messages();

  @ParameterizedTest
  @EnumSource(value = Lang.class, mode = EnumSource.Mode.EXCLUDE, names = "EN")
  void verify_validCredential_everyPassedDetailInPageLanguage(Lang lang) {
    String jwt = fixture.sign(fixture.credential());
    VerificationReport expected = fixture.verify(jwt);
    JavalinTest.test(app(), (server, client) -> {
      String html = body(postForm(client, "/" + lang.tag() + "/verify",
          Map.of("credential", jwt)));
      assertThat(html).contains("data-verdict=\"valid\"");
      for (CheckResult check : expected.checks()) {
        assertThat(html).contains("data-check=\"" + check.id() + "\" data-status=\"passed\"",
            Html.escape(messages.detail(lang, check.detail().orElseThrow())));
      }
      assertNoEnglishDetail(html);
    });
  }

  @ParameterizedTest
  @EnumSource(value = Lang.class, mode = EnumSource.Mode.EXCLUDE, names = "EN")
  void verify_tampered_skippedDetailsInPageLanguage(Lang lang) {
    String jwt = fixture.sign(fixture.credential());
    String tampered = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");
    JavalinTest.test(app(), (server, client) -> {
      String html = body(postForm(client, "/" + lang.tag() + "/verify",
          Map.of("credential", tampered)));
      assertThat(html).contains("data-check=\"cmf\" data-status=\"skipped\"",
          Html.escape(messages.detail(lang, DetailKey.SKIPPED_SIGNATURE_FAILED.with())));
      assertNoEnglishDetail(html);
    });
  }

  /** Neither the wire text nor the English page sentence of any detail. */
  private void assertNoEnglishDetail(String html) {
    for (DetailKey key : DetailKey.values()) {
      Detail detail = key.with(IntStream.range(0, key.arity()).mapToObj(i -> "\u0001" + i)
          .toArray(String[]::new));
      for (String english : List.of(detail.english(), messages.detail(Lang.EN, detail))) {
        assertThat(html).as(key.name()).doesNotContain(Html.escape(longestLiteral(english)));
      }
    }
  }

  /** The longest piece of a text between its (marked) arguments. */
  private static String longestLiteral(String text) {
    return Arrays.stream(text.split("\u0001\\d")).map(String::strip)
        .max(Comparator.comparingInt(String::length)).orElseThrow();
  }
}
