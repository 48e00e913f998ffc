package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tessera.shared.cmf.CmfReasonCode;
import org.tessera.verifier.pipeline.Pipeline;
import org.tessera.verifier.result.Detail;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

class MessagesTest {

  /**
   * Texts that are rightly the same in English and a translation. Kept short and explicit: a
   * value equal to English is otherwise taken as a forgotten translation, labels included.
   * "Online" is the Dutch, Italian and Polish word too; "Name" the German; "Format" the German,
   * French and Polish; the date patterns differ only in month names, which the locale supplies.
   */
  private static final Set<String> SAME_IN_BOTH = Set.of("Online", "Name", "Format",
      "d MMMM uuuu, HH:mm 'UTC'", "d MMMM uuuu",
      // Unit symbols (SI and IEC), the same in most languages.
      "{0}\u00a0MB", "{0}\u00a0MiB");

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private final Messages messages = new Messages();

  @ParameterizedTest
  @EnumSource(value = Lang.class, mode = EnumSource.Mode.EXCLUDE, names = "EN")
  void translation_hasEveryEnglishKey(Lang lang) {
    assertThat(messages.keys()).allSatisfy(key ->
        assertThat(messages.has(lang, key)).as("%s missing in %s", key, lang).isTrue());
  }

  @ParameterizedTest
  @EnumSource(value = Lang.class, mode = EnumSource.Mode.EXCLUDE, names = "EN")
  void translation_noTextLeftInEnglish(Lang lang) {
    assertThat(messages.keys()).allSatisfy(key -> {
      String english = messages.get(Lang.EN, key);
      if (english.chars().anyMatch(Character::isLetter) && !SAME_IN_BOTH.contains(english)) {
        assertThat(messages.get(lang, key)).as("%s in %s", key, lang).isNotEqualTo(english);
      }
    });
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void translation_keepsArguments_andFormatsThem(Lang lang) {
    assertThat(messages.keys()).allSatisfy(key -> {
      Set<Integer> expected = arguments(messages.get(Lang.EN, key));
      assertThat(arguments(messages.get(lang, key))).as("%s in %s", key, lang)
          .isEqualTo(expected);
      if (!expected.isEmpty()) {
        // MessageFormat reads a lone apostrophe as a quote: it vanishes or hides the argument.
        assertThat(messages.get(lang, key)).as("%s in %s", key, lang).doesNotContainPattern(
            LONE_APOSTROPHE);
        Object[] args = expected.stream().map(i -> 7).toArray();
        assertThat(messages.get(lang, key, args)).as("%s in %s", key, lang)
            .contains("7").doesNotContain("{", "}");
      }
    });
  }

  @Test
  void everyErrorCodeAndCheck_hasPlainWordsInEveryLanguage() {
    for (Lang lang : Lang.values()) {
      for (ErrorCode code : ErrorCode.values()) {
        assertThat(messages.has(lang, "reason." + code.name())).as("%s %s", code, lang).isTrue();
      }
      for (CmfReasonCode code : CmfReasonCode.values()) {
        assertThat(messages.has(lang, "cmf.reason." + code.name())).as("%s %s", code, lang)
            .isTrue();
      }
      for (String check : java.util.stream.Stream.of(Pipeline.ORDER,
          org.tessera.verifier.ob2.Ob2Verifier.OWN_IDS,
          org.tessera.verifier.sdjwt.SdJwtVerifier.OWN_IDS).flatMap(List::stream).toList()) {
        assertThat(messages.has(lang, "check." + check)).as("%s %s", check, lang).isTrue();
      }
    }
  }

  /** Every detail a passed or skipped check can report, so every check row is translated. */
  @ParameterizedTest
  @EnumSource(Lang.class)
  void everyCheckDetail_hasTextWithAllItsArgumentsInEveryLanguage(Lang lang) {
    for (DetailKey key : DetailKey.values()) {
      assertThat(messages.has(lang, key.messageKey())).as("%s %s", key, lang).isTrue();
      Set<Integer> all = IntStream.range(0, key.arity()).boxed().collect(Collectors.toSet());
      assertThat(arguments(messages.get(lang, key.messageKey()))).as("%s %s", key, lang)
          .isEqualTo(all);
    }
  }

  @ParameterizedTest
  @EnumSource(value = Lang.class, mode = EnumSource.Mode.EXCLUDE, names = "EN")
  void detail_translated_neitherWireTextNorEnglishPage(Lang lang) {
    for (DetailKey key : DetailKey.values()) {
      Detail detail =
          key.with(IntStream.range(0, key.arity()).mapToObj(i -> "x" + i).toArray(String[]::new));
      String text = messages.detail(lang, detail);
      assertThat(text).as("%s %s", key, lang).isNotEqualTo(detail.english())
          .isNotEqualTo(messages.detail(Lang.EN, detail));
      detail.args().forEach(arg -> assertThat(text).as("%s %s", key, lang).contains(arg));
    }
  }

  @Test
  void detail_instantArgument_dateInPageLanguage_wireTextKeepsIso() {
    Detail until = DetailKey.VALIDITY_UNTIL.with("2030-03-01T00:00:00Z");
    assertThat(until.english()).isEqualTo("valid until 2030-03-01T00:00:00Z");
    assertThat(messages.detail(Lang.DE, until)).isEqualTo("Gültig bis 1. März 2030, 00:00 UTC.");
    assertThat(messages.detail(Lang.EN, DetailKey.KEY_DID_WEB_COMPROMISED_LATER.with(
        "2026-05-04T03:02:01Z"))).contains("compromised from 4 May 2026, 03:02 UTC;");
  }

  @Test
  void detail_argumentsAreValuesNeverPatterns() {
    String kid = "did:web:evil.example#{1}'{0}<b>";
    assertThat(messages.detail(Lang.NL, DetailKey.SIGNATURE_OK.with(kid)))
        .isEqualTo("De handtekening is echt (sleutel " + kid + ").");
  }

  @Test
  void detail_missingKey_fallsBackToEnglishBundleThenToTheChecksOwnText() {
    Messages incomplete = new Messages("/org/tessera/verifier/page/incomplete/");
    assertThat(incomplete.detail(Lang.DE, DetailKey.SIGNATURE_OK.with("k1")))
        .isEqualTo("Signatur echt (Schlüssel k1).");
    assertThat(incomplete.detail(Lang.NL, DetailKey.SIGNATURE_OK.with("k1")))
        .isEqualTo("Signature genuine (key k1).");
    assertThat(incomplete.detail(Lang.DE, DetailKey.CLAIMS_OK.with()))
        .isEqualTo("JWT claims agree with the credential");
  }

  @Test
  void get_missingTranslation_fallsBackToEnglish() {
    Messages incomplete = new Messages("/org/tessera/verifier/page/incomplete/");
    assertThat(incomplete.get(Lang.NL, "only.english")).isEqualTo("Only in English");
    assertThat(incomplete.get(Lang.NL, "greeting")).isEqualTo("Hallo");
    assertThat(incomplete.get(Lang.DE, "only.english")).isEqualTo("Nur auf Englisch");
  }

  @Test
  void get_withArguments_formatsPerLanguage() {
    assertThat(messages.get(Lang.EN, "actions.share.days", 1)).isEqualTo("1 day");
    assertThat(messages.get(Lang.DE, "actions.share.days", 30)).isEqualTo("30 Tage");
    assertThat(messages.get(Lang.NL, "actions.share.days", 1)).isEqualTo("1 dag");
    assertThat(messages.get(Lang.NL, "actions.share.days", 7)).isEqualTo("7 dagen");
    assertThat(messages.get(Lang.FR, "actions.share.days", 1)).isEqualTo("1 jour");
    assertThat(messages.get(Lang.ES, "actions.share.days", 30)).isEqualTo("30 días");
    assertThat(messages.get(Lang.IT, "actions.share.days", 7)).isEqualTo("7 giorni");
    assertThat(messages.get(Lang.PL, "actions.share.days", 2)).isEqualTo("2 dni");
    assertThat(messages.get(Lang.PL, "cmf.value.outcomes", 5))
        .isEqualTo("efekty uczenia się: 5");
  }

  private static Set<Integer> arguments(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }
}
