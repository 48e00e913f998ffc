package org.tessera.verifier.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.http.PageTestSupport.body;
import static org.tessera.verifier.http.PageTestSupport.postForm;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.verifier.page.Lang;

/**
 * French, Spanish, Italian and Polish pages: their path prefix, {@code Accept-Language}, and every
 * page (form, result, share link created, share page, not found) in the language with its
 * {@code lang} attribute. German and Dutch have their own tests in {@link PageRoutesTest}.
 */
class PageLanguagePrefixTest extends PageAppTestBase {

  private static final Pattern SHARE_PATH = Pattern.compile("https://verify\\.example(/s/[A-Za-z0-9_-]{22})");

  /** Texts of one language that the tests look for. */
  private record Texts(String submit, String valid, String earned, String shareHeading,
      String notFound, String acceptLanguage) {}

  private static Texts texts(Lang lang) {
    return switch (lang) {
      case FR -> new Texts("Vérifier", "Valide", "Ana Example a obtenu",
          "Votre lien de partage", "Introuvable", "fr-CA,fr;q=0.9,en;q=0.5");
      case ES -> new Texts("Verificar", "Válida", "Ana Example ha obtenido",
          "Su enlace para compartir", "No encontrado", "es-MX");
      case IT -> new Texts("Verifica", "Valida", "Ana Example ha conseguito",
          "Il Suo link di condivisione", "Non trovato", "it-CH, de;q=0.3");
      case PL -> new Texts("Zweryfikuj", "Ważne", "Ana Example uzyskał(a)",
          "Twój link do udostępnienia", "Nie znaleziono", "pl");
      default -> throw new IllegalArgumentException(lang.name());
    };
  }

  @ParameterizedTest
  @EnumSource(value = Lang.class, names = {"FR", "ES", "IT", "PL"})
  void form_prefix_pageInLanguage_cookie_switcherListsAllSeven(Lang lang) {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.get("/" + lang.tag() + "/");
      String html = body(response);
      assertThat(html).contains("<html lang=\"" + lang.tag() + "\">",
          ">" + texts(lang).submit() + "<", "action=\"/" + lang.tag() + "/verify\"");
      assertThat(response.header("Set-Cookie")).startsWith("lang=" + lang.tag());
      for (Lang each : Lang.values()) {
        assertThat(html).contains("hreflang=\"" + each.tag() + "\" lang=\"" + each.tag() + "\"");
      }
      assertThat(html).contains("aria-current=\"true\">", "Français", "Español", "Italiano",
          "Polski");
    });
  }

  @ParameterizedTest
  @EnumSource(value = Lang.class, names = {"FR", "ES", "IT", "PL"})
  void form_acceptLanguage_pageInLanguage(Lang lang) {
    JavalinTest.test(app(), (server, client) -> {
      Response response = client.request("/",
          b -> b.header("Accept-Language", texts(lang).acceptLanguage()));
      assertThat(body(response)).contains("<html lang=\"" + lang.tag() + "\">",
          ">" + texts(lang).submit() + "<");
    });
  }

  @ParameterizedTest
  @EnumSource(value = Lang.class, names = {"FR", "ES", "IT", "PL"})
  void resultShareAndNotFound_pagesInLanguage(Lang lang) {
    String jwt = fixture.sign(fixture.credential());
    String prefix = "/" + lang.tag();
    String htmlLang = "<html lang=\"" + lang.tag() + "\">";
    JavalinTest.test(app(), (server, client) -> {
      String result = body(postForm(client, prefix + "/verify", Map.of("credential", jwt)));
      assertThat(result).contains(htmlLang, "data-verdict=\"valid\"",
          ">" + texts(lang).valid() + "</h2>",
          texts(lang).earned() + " <cite>Databases I</cite>",
          "action=\"" + prefix + "/shares\"");

      Response created = postForm(client, prefix + "/shares", Map.of("credential", jwt,
          "days", "7"));
      String createdHtml = body(created);
      assertThat(created.code()).isEqualTo(201);
      assertThat(createdHtml).contains(htmlLang, texts(lang).shareHeading());
      Matcher share = SHARE_PATH.matcher(createdHtml);
      assertThat(share.find()).isTrue();

      String sharePage = body(client.get(prefix + share.group(1)));
      assertThat(sharePage).contains(htmlLang, "data-verdict=\"valid\"",
          ">" + texts(lang).valid() + "</h2>");

      Response missing = client.get(prefix + "/s/AAAAAAAAAAAAAAAAAAAAAA");
      assertThat(missing.code()).isEqualTo(404);
      assertThat(body(missing)).contains(htmlLang, texts(lang).notFound());
    });
  }
}
