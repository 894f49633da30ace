package org.greendeal.imports.eforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.greendeal.imports.eforms.Notices.DEAL;
import static org.greendeal.imports.eforms.Notices.problems;
import static org.greendeal.imports.eforms.Notices.read;
import static org.greendeal.imports.eforms.Notices.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.PartyId;
import org.greendeal.model.Trajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken files are refused with a located message, and nothing in them is resolved. */
class EformsHostileInputTest {
  private static final EformsImporter FOR_NS =
      EformsImporter.forDeal(DEAL).creditingTo(PartyId.of("ns"));
  private static final String DOCTYPE_REFUSED = "refused: the file declares a document type";

  @TempDir
  Path folder;

  @Test
  void anExternalEntityIsRefusedAndNeverRead() {
    List<String> problems = problems(() -> read(FOR_NS, "xxe.xml"));

    assertThat(problems).singleElement().asString()
        .startsWith("xxe.xml:2:10: " + DOCTYPE_REFUSED)
        .contains("never reads DTDs or entities")
        .doesNotContain("root:");
  }

  @Test
  void theContentOfAnExternalEntityAppearsNowhere() throws IOException {
    Path secret = Files.writeString(folder.resolve("secret.txt"), "SECRET-4711-CONTENT");
    String notice = text("several-lots.xml")
        .replace("<ContractNotice ", "<!DOCTYPE ContractNotice [<!ENTITY secret SYSTEM \""
            + secret.toUri() + "\">]>\n<ContractNotice ")
        .replace("Circulair kantoormeubilair", "&secret;");

    List<String> problems = problems(() -> read(FOR_NS, "secret.xml", notice));

    assertThat(problems).singleElement().asString().contains(DOCTYPE_REFUSED)
        .doesNotContain("SECRET-4711");
  }

  @Test
  void externalParameterEntitiesAreRefused() {
    assertThat(problems(() -> read(FOR_NS, "xxe-parameter.xml"))).singleElement().asString()
        .startsWith("xxe-parameter.xml:2:10: " + DOCTYPE_REFUSED);
  }

  @Test
  void entityExpansionIsRefusedBeforeAnyEntityIsExpanded() {
    List<String> problems = problems(() -> read(FOR_NS, "billion-laughs.xml"));

    assertThat(problems).singleElement().asString()
        .startsWith("billion-laughs.xml:2:10: " + DOCTYPE_REFUSED)
        .doesNotContain("lollol");
  }

  @Test
  void aDocumentTypeInUtf16IsRefusedAsWell() {
    byte[] utf16 = text("xxe.xml").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
        .getBytes(StandardCharsets.UTF_16);

    assertThat(problems(() -> FOR_NS.read("utf16.xml", utf16))).singleElement().asString()
        .contains(DOCTYPE_REFUSED);
  }

  @Test
  void anXIncludeIsNotFollowed() {
    EformsImport imported = read(FOR_NS, "xinclude.xml");

    Trajectory trajectory = imported.result().evidence().trajectories().get(0);
    assertThat(trajectory.title()).isEqualTo("lot LOT-0001");
    assertThat(EvidenceFiles.toYaml(imported.result().evidence())).doesNotContain("root:");
  }

  @Test
  void anotherKindOfXmlIsNoNotice() {
    assertThat(problems(() -> read(FOR_NS, "not-eforms.xml"))).containsExactly(
        "not-eforms.xml:4:86: refused: not an eForms notice: the root element is"
            + " {urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice; expected"
            + " ContractNotice, PriorInformationNotice or ContractAwardNotice in its UBL"
            + " namespace, such as urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2");
  }

  @Test
  void aNoticeRootInAnotherNamespaceIsNoNotice() {
    String other = text("several-lots.xml").replace(
        "xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2\"",
        "xmlns=\"http://example.org/not-ubl\"");

    assertThat(problems(() -> read(FOR_NS, "other.xml", other))).singleElement().asString()
        .contains("not an eForms notice: the root element is {http://example.org/not-ubl}"
            + "ContractNotice");
  }

  @Test
  void aUblNoticeThatIsNotEformsIsRefused() {
    String plainUbl = text("several-lots.xml").replace("eforms-sdk-1.10", "urn:example:ubl-2.3");

    assertThat(problems(() -> read(FOR_NS, "plain.xml", plainUbl))).containsExactly(
        "plain.xml:45:24: OPT-002-notice: refused: not an eForms notice: cbc:CustomizationID is"
            + " \"urn:example:ubl-2.3\"; expected eforms-sdk-<version>, such as eforms-sdk-1.10");
  }

  @Test
  void aTruncatedNoticeIsRefusedWhereItEnds() {
    assertThat(problems(() -> read(FOR_NS, "truncated.xml"))).singleElement().asString()
        .startsWith("truncated.xml:39:32: ")
        .contains("refused: not well-formed XML (not XML at all, truncated or broken)");
  }

  @Test
  void aFileThatIsNotXmlAtAllIsRefusedAtItsStart() {
    assertThat(problems(() -> read(FOR_NS, "not-xml.xml"))).singleElement().asString()
        .startsWith("not-xml.xml:1:1: refused: not well-formed XML");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThat(problems(() -> FOR_NS.read("empty.xml", new byte[0]))).singleElement()
        .asString().startsWith("empty.xml:").contains("refused: not well-formed XML");
  }

  @Test
  void binaryContentIsRefused() {
    byte[] binary = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};

    assertThat(problems(() -> FOR_NS.read("image.xml", binary))).singleElement().asString()
        .startsWith("image.xml:").contains("refused: not well-formed XML");
  }
}
