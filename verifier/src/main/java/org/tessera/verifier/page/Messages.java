package org.tessera.verifier.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.tessera.verifier.result.Detail;

/**
 * The page texts, one UTF-8 properties file per {@link Lang}. A key missing in a translation
 * falls back to English; a key missing in English is a bug and fails loudly.
 */
public final class Messages {

  private static final String BUNDLES = "/org/tessera/verifier/page/";

  private final Map<Lang, Properties> bundles = new EnumMap<>(Lang.class);

  public Messages() {
    this(BUNDLES);
  }

  /**
   * Bundles from another classpath folder (ending in {@code /}): the shipped ones are complete,
   * so the English fallback is tested with a deliberately incomplete set.
   */
  Messages(String folder) {
    for (Lang lang : Lang.values()) {
      bundles.put(lang, load(folder + "messages_" + lang.tag() + ".properties"));
    }
  }

  /** The text of {@code key} in {@code lang}, with {@code {0}}-style arguments filled in. */
  public String get(Lang lang, String key, Object... args) {
    String pattern = bundles.get(lang).getProperty(key);
    if (pattern == null) {
      pattern = bundles.get(Lang.EN).getProperty(key);
    }
    if (pattern == null) {
      throw new IllegalArgumentException("no message " + key);
    }
    return args.length == 0 ? pattern
        : new MessageFormat(pattern, lang.locale()).format(args);
  }

  /**
   * A passed or skipped check's detail in {@code lang}: the bundle's pattern with the detail's
   * arguments (values only, never patterns; the caller escapes the result), instants as the page
   * shows dates, or the check's own English text when no bundle knows the key.
   */
  public String detail(Lang lang, Detail detail) {
    String key = detail.key().messageKey();
    if (!keys().contains(key)) {
      return detail.english();
    }
    Object[] args = detail.args().toArray();
    for (int i = 0; i < args.length; i++) {
      if (detail.key().isInstant(i)) {
        args[i] = PageDates.format(this, lang, detail.args().get(i));
      }
    }
    return get(lang, key, args);
  }

  /** Whether {@code lang} has its own text for {@code key} (for the translation test). */
  public boolean has(Lang lang, String key) {
    return bundles.get(lang).containsKey(key);
  }

  /** Every key of the English bundle. */
  public Set<String> keys() {
    return bundles.get(Lang.EN).stringPropertyNames();
  }

  private static Properties load(String name) {
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
