package org.greendeal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.io.InputFailures.problems;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TreeReaderTest {
  @Test
  void scalarsKeepTheirTextAndNumbersTheirScale() {
    Problems problems = new Problems("t.yaml");
    MapNode root = (MapNode) TreeReader.read(
        "a: 706\nb: 1500.50\nc: yes\nd: 2019-13-01\ne: ~\nf: 1e3\n", Format.YAML, problems)
        .orElseThrow();
    assertThat(problems.isEmpty()).isTrue();
    assertThat(scalar(root, "a").text()).isEqualTo("706");
    assertThat(scalar(root, "b").number()).contains(new BigDecimal("1500.50"));
    assertThat(scalar(root, "c").kind()).isEqualTo(ScalarNode.Kind.TRUE);
    assertThat(scalar(root, "c").text()).isEqualTo("yes");
    assertThat(scalar(root, "d").kind()).isEqualTo(ScalarNode.Kind.TEXT);
    assertThat(scalar(root, "e").isNull()).isTrue();
    assertThat(scalar(root, "f").number()).contains(new BigDecimal("1000"));
    assertThat(root.entries().get("d").line()).isEqualTo(4);
  }

  private static ScalarNode scalar(MapNode map, String key) {
    return (ScalarNode) map.entries().get(key).value();
  }

  @Test
  void anEmptyDocumentHasNoRoot() {
    Problems problems = new Problems("t.yaml");
    assertThat(TreeReader.read("# only a comment\n", Format.YAML, problems)).isEmpty();
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void aSecondDocumentAndAliasesAreProblems() {
    assertThat(problems(() -> EvidenceFiles.read("e.yaml", "deal: a\n---\ndeal: b\n")))
        .containsExactly("e.yaml:3:1: a second document; expected one document per file");
    assertThat(problems(() -> EvidenceFiles.read("e.yaml",
        "deal: &d gdci-2.0\nefforts: [{party: *d, commitment: P-1, date: 2019-01-01}]\n")))
        .containsExactly("e.yaml:2:19: efforts[0].party: an alias (*d); expected the value"
            + " written out");
  }

  @Test
  void aByteOrderMarkIsIgnored() {
    assertThat(EvidenceFiles.read("e.yaml", "\uFEFFdeal: gdci-2.0\n").deal())
        .isEqualTo(Optional.of("gdci-2.0"));
  }
}
