package org.greendeal.imports.eforms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a notice into {@link XmlElement}s with a SAX parser that loads nothing from outside the
 * file: no document type declaration is allowed (so no entity is ever declared, let alone expanded
 * or fetched), external entities and DTDs are off, XInclude is off, and secure processing is on.
 * Hostile or broken input is refused with a located {@link InputException}.
 */
final class SafeXml {
  private static final String DOCTYPE = "<!DOCTYPE";

  private SafeXml() {}

  /** The root element of {@code content}, read from {@code file}. */
  static XmlElement parse(String file, byte[] content) {
    TreeBuilder tree = new TreeBuilder();
    try {
      XMLReader reader = parser().getXMLReader();
      reader.setContentHandler(tree);
      reader.setErrorHandler(tree);
      reader.setEntityResolver(tree);
      reader.parse(new InputSource(new ByteArrayInputStream(content)));
    } catch (SAXParseException e) {
      throw new InputException(located(file, e, content));
    } catch (SAXException e) {
      throw new InputException(Problem.ofFile(file, "refused: " + e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tree.root;
  }

  private static SAXParser parser() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
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
      throw new IllegalStateException("the XML parser cannot be made safe: " + e.getMessage(), e);
    }
  }

  private static Problem located(String file, SAXParseException e, byte[] content) {
    String message = declaresDoctype(content)
        ? "refused: the file declares a document type (" + DOCTYPE + " ...>); eForms notices have"
            + " none, and greendeal never reads DTDs or entities (a guard against external"
            + " entities and entity expansion)"
        : "refused: not well-formed XML (not XML at all, truncated or broken): " + e.getMessage();
    int line = Math.max(e.getLineNumber(), 0);
    int column = line == 0 ? 0 : Math.max(e.getColumnNumber(), 0);
    return new Problem(file, line, column, "", message);
  }

  /** Whether the raw bytes hold a document type declaration, in a one-byte or a UTF-16 encoding. */
  private static boolean declaresDoctype(byte[] content) {
    return new String(content, StandardCharsets.ISO_8859_1).contains(DOCTYPE)
        || new String(content, StandardCharsets.UTF_16BE).contains(DOCTYPE)
        || new String(content, StandardCharsets.UTF_16LE).contains(DOCTYPE);
  }

  /** Builds the tree of elements, keeping where each starts; refuses any external entity. */
  private static final class TreeBuilder extends DefaultHandler {
    private final Deque<XmlElement> open = new ArrayDeque<>();
    private Locator locator;
    private XmlElement root;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      Map<String, String> unqualified = new HashMap<>();
      for (int i = 0; i < attributes.getLength(); i++) {
        if (attributes.getURI(i).isEmpty()) {
          unqualified.put(attributes.getLocalName(i), attributes.getValue(i));
        }
      }
      int line = locator == null ? 0 : locator.getLineNumber();
      int column = locator == null ? 0 : locator.getColumnNumber();
      XmlElement element = new XmlElement(uri, localName, unqualified, line, column);
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().add(element);
      }
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] characters, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().append(characters, start, length);
      }
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
      throw new SAXException("the file refers to an external entity (" + systemId
          + "); greendeal never loads one");
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
