package org.greendeal.imports.eforms;

import java.util.Map;
import java.util.Set;

/** The XML namespaces of eForms notices, by the prefixes the SDK's XPaths use. */
final class Ubl {
  static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
  static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
  static final String EXT = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2";
  static final String EFEXT = "http://data.europa.eu/p27/eforms-ubl-extensions/1";
  static final String EFAC = "http://data.europa.eu/p27/eforms-ubl-extension-aggregate-components/1";
  static final String EFBC = "http://data.europa.eu/p27/eforms-ubl-extension-basic-components/1";

  private static final Map<String, String> PREFIXES = Map.of(
      "cac", CAC, "cbc", CBC, "ext", EXT, "efext", EFEXT, "efac", EFAC, "efbc", EFBC);

  /** The root elements of the notices that have lots; each lives in a namespace of its own name. */
  static final Set<String> ROOTS =
      Set.of("ContractNotice", "PriorInformationNotice", "ContractAwardNotice");

  private static final String ROOT_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:%s-2";

  private Ubl() {}

  /** The namespace of {@code prefix}, one of cac, cbc, ext, efext, efac and efbc. */
  static String namespace(String prefix) {
    String namespace = PREFIXES.get(prefix);
    if (namespace == null) {
      throw new IllegalArgumentException("unknown prefix: " + prefix);
    }
    return namespace;
  }

  /** The namespace of the root element {@code name}, such as the ContractNotice-2 namespace. */
  static String rootNamespace(String name) {
    return String.format(ROOT_NAMESPACE, name);
  }

  /** Whether {@code element} is the root of an eForms notice with lots. */
  static boolean isNoticeRoot(XmlElement element) {
    return ROOTS.contains(element.name())
        && rootNamespace(element.name()).equals(element.namespace());
  }
}
