package org.greendeal.testsummary;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Prints one line that names every test this build skipped, grouped by the reason the test gave
 * (what was missing and how to get it), and how to run them all. It reads the Surefire reports
 * ({@code target/surefire-reports/TEST-*.xml}) of every module under the root it is given that
 * were written since this JVM, Maven's own, started: reports of earlier builds do not count.
 */
public final class SkippedTests {
  private static final Set<String> NOT_SEARCHED = Set.of(".git", ".mvn", "src", "local-repo");
  private static final List<String> NOISE = List.of(
      "org.opentest4j.TestAbortedException: ", "Assumption failed: ");

  private SkippedTests() {}

  /** Prints the line for the reactor whose root folder is the first argument. */
  public static void main(String... args) throws Exception {
    Instant buildStart = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    List<Skip> skips = new ArrayList<>();
    for (Path report : reportsSince(Path.of(args[0]), buildStart)) {
      skips.addAll(skipsIn(report));
    }
    System.out.println(line(skips));
  }

  /** A skipped test: its class (simple name) and the reason it gave. */
  record Skip(String testClass, String reason) {}

  static String line(List<Skip> skips) {
    if (skips.isEmpty()) {
      return "[INFO] No test was skipped.";
    }
    Map<String, Map<String, Long>> byReason = skips.stream().collect(Collectors.groupingBy(
        Skip::reason, TreeMap::new,
        Collectors.groupingBy(Skip::testClass, TreeMap::new, Collectors.counting())));
    String groups = byReason.entrySet().stream()
        .map(e -> e.getValue().entrySet().stream()
            .map(c -> c.getKey() + " (" + c.getValue() + ")")
            .collect(Collectors.joining(", ")) + ": " + e.getKey())
        .collect(Collectors.joining(" | "));
    return "[WARNING] SKIPPED " + skips.size() + " test" + (skips.size() == 1 ? "" : "s")
        + ", not run: " + groups + " | To run them all, run ./test (it installs and starts "
        + "what they need); with CI=true a missing prerequisite fails instead of skipping.";
  }

  private static List<Path> reportsSince(Path root, Instant since) throws IOException {
    List<Path> reports = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        Path name = dir.getFileName();
        return name != null && NOT_SEARCHED.contains(name.toString())
            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        String name = file.getFileName().toString();
        Path parent = file.getParent();
        if (name.startsWith("TEST-") && name.endsWith(".xml") && parent != null
            && parent.endsWith(Path.of("target", "surefire-reports"))
            && !attributes.lastModifiedTime().toInstant().isBefore(since)) {
          reports.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return reports;
  }

  static List<Skip> skipsIn(Path report) throws IOException {
    Element suite;
    try {
      suite = parser().parse(report.toFile()).getDocumentElement();
    } catch (SAXException e) {
      throw new IOException(report + ": not a Surefire report: " + e.getMessage(), e);
    }
    List<Skip> skips = new ArrayList<>();
    NodeList cases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element testCase = (Element) cases.item(i);
      NodeList skipped = testCase.getElementsByTagName("skipped");
      if (skipped.getLength() > 0) {
        skips.add(new Skip(simpleName(testCase.getAttribute("classname")),
            reason((Element) skipped.item(0))));
      }
    }
    return skips;
  }

  /** The reason a skipped test gave: its message, or else the first line of its stack trace. */
  private static String reason(Element skipped) {
    String text = skipped.getAttribute("message");
    if (text.isBlank()) {
      text = skipped.getTextContent().strip().lines().findFirst().orElse("");
    }
    for (String noise : NOISE) {
      if (text.startsWith(noise)) {
        text = text.substring(noise.length());
      }
    }
    return text.isBlank() ? "no reason given" : text.strip();
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static DocumentBuilder parser() throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IOException("no XML parser: " + e.getMessage(), e);
    }
  }
}
