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
 * wrapped in CDATA. Extraction also reads an Open Badges 2.0 SVG: an {@code assertion} element
 * in the namespace {@code http://openbadges.org} holding the assertion's JSON as its text, else
 * its {@code verify} attribute (the hosted assertion's URL, or a signed assertion).
 */
final class SvgBadges {

  static final String OB_NAMESPACE = "https://purl.imsglobal.org/ob/v3p0";
  static final String OB2_NAMESPACE = "http://openbadges.org";
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
    String text = handler.text.toString();
    return Optional.of(new Scan(handler.count, text.isBlank() ? handler.verify : text));
  }

  private record Scan(int credentials, String text) {}

  /**
   * Counts {@code openbadges:credential} (and OB 2.0 {@code openbadges:assertion}) elements and
   * keeps the text (and an OB 2.0 {@code verify} attribute) of the first.
   */
  private static final class CredentialHandler extends DefaultHandler {
    private int depth;
    private int credentialDepth = -1;
    private int count;
    private boolean svgRoot;
    private String verify = "";
    private final StringBuilder text = new StringBuilder();

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      depth++;
      if (depth == 1) {
        svgRoot = SVG_NAMESPACE.equals(uri) && "svg".equals(localName);
      }
      boolean ob3 = OB_NAMESPACE.equals(uri) && "credential".equals(localName);
      boolean ob2 = OB2_NAMESPACE.equals(uri) && "assertion".equals(localName);
      if (ob3 || ob2) {
        count++;
        if (count == 1) {
          credentialDepth = depth;
          String attribute = ob2 ? attributes.getValue("", "verify") : null;
          verify = attribute == null ? "" : attribute;
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
