package org.greendeal.imports.eforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An element of a parsed notice: its namespace and local name, its unqualified attributes, its own
 * text, its child elements and where it is in the file (the line and column where its start tag
 * ends, as a SAX locator gives them). Built once by {@link SafeXml}, then only read.
 */
final class XmlElement {
  private final String namespace;
  private final String name;
  private final Map<String, String> attributes;
  private final int line;
  private final int column;
  private final StringBuilder text = new StringBuilder();
  private final List<XmlElement> children = new ArrayList<>();

  XmlElement(String namespace, String name, Map<String, String> attributes, int line, int column) {
    this.namespace = namespace;
    this.name = name;
    this.attributes = Map.copyOf(attributes);
    this.line = line;
    this.column = column;
  }

  String namespace() {
    return namespace;
  }

  String name() {
    return name;
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }

  /** The element's own text, trimmed. */
  String text() {
    return text.toString().trim();
  }

  /** The unqualified attribute {@code name}, trimmed. */
  Optional<String> attribute(String name) {
    return Optional.ofNullable(attributes.get(name)).map(String::trim);
  }

  /** Whether the unqualified attribute {@code name} has the value {@code value}. */
  boolean has(String name, String value) {
    return attribute(name).filter(value::equals).isPresent();
  }

  /**
   * The elements at {@code path} below this one, in document order: steps such as {@code
   * cac:ProcurementProject/cbc:Name} with the prefixes of the eForms SDK ({@link Ubl}).
   */
  List<XmlElement> all(String path) {
    List<XmlElement> found = List.of(this);
    for (String step : path.split("/")) {
      int colon = step.indexOf(':');
      String stepNamespace = Ubl.namespace(step.substring(0, colon));
      String stepName = step.substring(colon + 1);
      List<XmlElement> next = new ArrayList<>();
      for (XmlElement element : found) {
        for (XmlElement child : element.children) {
          if (child.name.equals(stepName) && child.namespace.equals(stepNamespace)) {
            next.add(child);
          }
        }
      }
      found = next;
    }
    return found;
  }

  /** The first element at {@code path}, if any. */
  Optional<XmlElement> first(String path) {
    return all(path).stream().findFirst();
  }

  /** The trimmed, non-empty text of the first element at {@code path} that has some. */
  Optional<String> textAt(String path) {
    return all(path).stream().map(XmlElement::text).filter(t -> !t.isEmpty()).findFirst();
  }

  /** {@code {namespace}name}, the way a message names an element. */
  String describe() {
    return namespace.isEmpty() ? name : "{" + namespace + "}" + name;
  }

  void append(char[] characters, int start, int length) {
    text.append(characters, start, length);
  }

  void add(XmlElement child) {
    children.add(child);
  }
}
