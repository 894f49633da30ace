package org.greendeal.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embed the library" section is what the consumer project (src/it/embed-readme)
 * builds and runs: its Maven block is that project's dependencies, its Java block that project's
 * code. When one changes, the other must follow, or this test fails.
 */
class ReadmeEmbeddingTest {
  private static final Path README = Path.of("../../README.md");
  private static final Path CONSUMER = Path.of("src/it/embed-readme");
  private static final String SECTION = "## Embed the library";

  @Test
  void theMavenBlockIsTheConsumersDependencies() throws IOException {
    String xml = block("xml");
    assertThat(xml).endsWith("</dependencies>\n");
    // the consumer's list of dependencies goes on with its test framework, after the README's
    String upToTheEndOfItsDependencies = xml.substring(0, xml.lastIndexOf("</dependencies>"));
    String pom = read(CONSUMER.resolve("pom.xml"))
        .replace("@project.version@", System.getProperty("greendeal.version"));
    assertThat(pom).as("the consumer's pom.xml holds the README's Maven block, indented by 2")
        .contains(indent(upToTheEndOfItsDependencies, 2));
  }

  @Test
  void theJavaBlockIsTheConsumersCode() throws IOException {
    String java = block("java");
    String imports = java.lines().takeWhile(l -> l.startsWith("import "))
        .collect(Collectors.joining("\n", "", "\n"));
    String statements = java.substring(imports.length()).strip() + "\n";
    assertThat(imports).contains("import org.greendeal.");
    String code = read(CONSUMER.resolve("src/main/java/org/example/JudgeEvidence.java"));
    assertThat(code).as("the consumer's JudgeEvidence holds the README's imports")
        .contains(imports);
    assertThat(code).as("the consumer's JudgeEvidence.main holds the README's statements, "
        + "indented by 4").contains(indent(statements, 4));
  }

  /** The first fenced block of the given language in the README's embedding section. */
  private static String block(String language) throws IOException {
    String readme = read(README);
    int section = readme.indexOf(SECTION);
    assertThat(section).as("README has a section '%s'", SECTION).isNotNegative();
    int end = readme.indexOf("\n## ", section + SECTION.length());
    String text = readme.substring(section, end < 0 ? readme.length() : end);
    Matcher block = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    assertThat(block.find()).as("README's section '%s' has a %s block", SECTION, language)
        .isTrue();
    return block.group(1);
  }

  private static String indent(String text, int spaces) {
    String pad = " ".repeat(spaces);
    List<String> lines = text.lines().map(l -> l.isEmpty() ? l : pad + l).toList();
    return String.join("\n", lines) + "\n";
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
