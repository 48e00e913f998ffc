package org.tessera.shared.badge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The JDK SAX parser configured for untrusted XML: any DOCTYPE is a fatal error (so no entity
 * can be declared, internal or external), external DTDs, schemas and entities are never
 * fetched, XInclude is off, and the JDK's secure-processing limits apply.
 */
final class HardenedXml {

  private HardenedXml() {}

  /** Parses {@code xml} into {@code handler}; false when it is not well-formed or not allowed. */
  static boolean parse(byte[] xml, DefaultHandler handler) {
    try {
      XMLReader reader = newParser().getXMLReader();
      reader.setContentHandler(handler);
      reader.setErrorHandler(handler);
      reader.setEntityResolver((publicId, systemId) -> {
        throw new SAXException("external entities are not allowed");
      });
      reader.parse(new InputSource(new ByteArrayInputStream(xml)));
      return true;
    } catch (SAXException | IOException e) {
      return false;
    }
  }

  private static SAXParser newParser() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException e) {
      // The JDK parser supports every feature above; a missing one is a broken runtime.
      throw new IllegalStateException("XML parser cannot be hardened", e);
    }
  }
}
