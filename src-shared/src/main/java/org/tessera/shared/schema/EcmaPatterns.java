package org.tessera.shared.schema;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.regex.Pattern;

/**
 * JSON Schema {@code pattern}s with their ECMA-262 meaning (JSON Schema 2019-09 §6.4), so this
 * validator and ajv (the interop step) agree on every bundled schema. Java reads two things
 * differently: {@code $} also matches before a final line break ({@code "…/eqf/8\n"} passed
 * {@code ^…/eqf/[1-8]$}), and {@code .} also refuses U+0085. Outside character classes,
 * {@code $} becomes {@code \z} and {@code .} ECMA's "anything but a line terminator"; the
 * bundled schemas stay byte-for-byte copies.
 */
final class EcmaPatterns implements RegularExpressionFactory {

  private static final String ECMA_DOT = "[^\\n\\r\\u2028\\u2029]";

  @Override
  public RegularExpression getRegularExpression(String regex) {
    Pattern pattern = Pattern.compile(toJava(regex));
    return value -> pattern.matcher(value).find();
  }

  static String toJava(String regex) {
    StringBuilder out = new StringBuilder(regex.length() + 8);
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
      } else if (inClass) {
        inClass = c != ']';
        out.append(c);
      } else if (c == '[') {
        inClass = true;
        out.append(c);
      } else if (c == '$') {
        out.append("\\z");
      } else if (c == '.') {
        out.append(ECMA_DOT);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
