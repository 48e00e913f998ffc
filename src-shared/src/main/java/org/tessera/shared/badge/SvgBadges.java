package org.tessera.shared.badge;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * OB 3.0 baking for SVG: the root {@code svg} element declares
 * {@code xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"} and its first child is an
 * {@code openbadges:credential} element. A VC-JWT is the element's text; a JSON credential is
 * wrapped in CDATA.
 */
final class SvgBadges {

  static final String OB_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
  static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
  private static final Pattern COMPACT_JWS =
      Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
  private static final Pattern ROOT_START = Pattern.compile("<svg[\\s/>]");

  private SvgBadges() {}

  static String bake(String svg, String credential) {
    Scan scan = scan(svg.getBytes(StandardCharsets.UTF_8))
        .orElseThrow(() -> new IllegalArgumentException("not a well-formed SVG document"));
    if (scan.credentials() > 0) {
      throw new IllegalArgumentException("the SVG is already baked");
    }
    var start = ROOT_START.matcher(svg);
    if (!start.find()) {
      // A prefixed root (<x:svg>) is valid XML but not what our templates produce.
      throw new IllegalArgumentException("the SVG root must be written <svg …>");
    }
    int close = endOfStartTag(svg, start.start());
    boolean selfClosing = svg.charAt(close - 1) == '/';
    int attributesEnd = selfClosing ? close - 1 : close;
    String declaration = svg.substring(start.start(), attributesEnd).contains("xmlns:openbadges=")
        ? "" : " xmlns:openbadges=\"" + OB_NAMESPACE + "\"";
    String element = "<openbadges:credential>" + elementContent(credential)
        + "</openbadges:credential>";
    String rest = selfClosing ? "</svg>" + svg.substring(close + 1) : svg.substring(close + 1);
    return svg.substring(0, attributesEnd) + declaration + ">" + element + rest;
  }

  static Optional<String> extract(byte[] svg) {
    return scan(svg)
        .filter(s -> s.credentials() == 1)
        .map(s -> s.text().strip())
        .filter(t -> !t.isEmpty());
  }

  private static String elementContent(String credential) {
    String text = credential.strip();
    if (COMPACT_JWS.matcher(text).matches()) {
      return text;
    }
    if (text.startsWith("{") && !text.contains("]]>")) {
      return "<![CDATA[" + text + "]]>";
    }
    throw new IllegalArgumentException("a baked credential is a compact JWS or a JSON object");
  }

  /** The index of the {@code >} closing the start tag at {@code from}, skipping quoted values. */
  private static int endOfStartTag(String svg, int from) {
    char quote = 0;
    for (int i = from; i < svg.length(); i++) {
      char c = svg.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    throw new IllegalArgumentException("unterminated svg start tag");
  }

  private static Optional<Scan> scan(byte[] svg) {
    CredentialHandler handler = new CredentialHandler();
    if (!HardenedXml.parse(svg, handler) || !handler.svgRoot) {
      return Optional.empty();
    }
    return Optional.of(new Scan(handler.count, handler.text.toString()));
  }

  private record Scan(int credentials, String text) {}

  /** Counts {@code openbadges:credential} elements and keeps the text of the first. */
  private static final class CredentialHandler extends DefaultHandler {
    private int depth;
    private int credentialDepth = -1;
    private int count;
    private boolean svgRoot;
    private final StringBuilder text = new StringBuilder();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      depth++;
      if (depth == 1) {
        svgRoot = SVG_NAMESPACE.equals(uri) && "svg".equals(localName);
      }
      if (OB_NAMESPACE.equals(uri) && "credential".equals(localName)) {
        count++;
        if (count == 1) {
          credentialDepth = depth;
        }
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      if (depth == credentialDepth) {
        credentialDepth = -2; // done: later text belongs to other elements
      }
      depth--;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (credentialDepth > 0) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }
}
