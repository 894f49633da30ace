package org.greendeal.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greendeal.io.EvidenceFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison's generator gives the same files for the same seed, and its judges agree with
 * the project on every finding of a generated file before anything is timed.
 */
class ComparisonTest {
  private static final int RECORDS = 2_000;

  @TempDir
  static Path dir;

  private static Path json;
  private static Path lines;

  @BeforeAll
  static void generate() throws Exception {
    json = dir.resolve("evidence.json");
    lines = dir.resolve("evidence.jsonl");
    EvidenceGenerator.write(EvidenceGenerator.DEFAULT_SEED, RECORDS, json, lines);
  }

  @Test
  void theSameSeedAndSizeGiveTheSameFilesAndAnotherSeedOthers() throws Exception {
    Path again = dir.resolve("again.json");
    Path againLines = dir.resolve("again.jsonl");
    EvidenceGenerator.write(EvidenceGenerator.DEFAULT_SEED, RECORDS, again, againLines);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(json));
    assertThat(Files.readAllBytes(againLines)).isEqualTo(Files.readAllBytes(lines));

    Path other = dir.resolve("other.json");
    EvidenceGenerator.write(EvidenceGenerator.DEFAULT_SEED + 1, RECORDS, other, dir.resolve("other.jsonl"));
    assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(json));
  }

  @Test
  void theEvidenceFileIsOneTheProjectReadsWithEveryRecordOnItsOwnLine() throws Exception {
    assertThat(EvidenceFiles.read(json).records()).hasSize(RECORDS);
    List<String> jsonLines = Files.readAllLines(lines);
    assertThat(jsonLines).hasSize(1 + 3 + RECORDS);
    assertThat(jsonLines.get(0)).isEqualTo("{\"type\": \"deal\", \"id\": \"gdci-2.0\"}");
    assertThat(jsonLines).allMatch(l -> l.startsWith("{\"type\":"));
  }

  @Test
  void everyJudgeFindsWhatTheProjectFindsInBothFormats() throws Exception {
    Map<String, List<Outcome>> findings = new LinkedHashMap<>();
    for (Judge judge : Compare.judges().values()) {
      findings.put(judge.name(), judge.judge(json).outcomes());
    }
    assertThat(Agreement.differences(findings)).isEmpty();

    List<Outcome> project = findings.get("project");
    // the mix leaves findings other than MET at this size: the judges are compared on both kinds
    Map<String, Long> statuses = project.stream()
        .collect(Collectors.groupingBy(o -> o.code() + " " + o.status(), Collectors.counting()));
    assertThat(statuses).containsKeys("IP-1 MET", "IP-1 NOT_MET", "IP-2 MET", "IP-2 NOT_MET",
        "IP-5 EXCEEDED", "IP-5 WITHIN_LIMIT", "KP-1 MET", "KP-1 NOT_MET", "D-1 VIOLATED",
        "D-1 RESPECTED", "P-2 REPORTED", "P-2 NO_EVIDENCE", "FP-1 MET", "R-4 MET");
    assertThat(project).extracting(Outcome::party).contains("gemeente-voorbeeldstad", "rvo", "ezk");

    Map<String, List<Outcome>> fromLines = new LinkedHashMap<>();
    fromLines.put("streaming", new StreamingJudge().judge(lines).outcomes());
    fromLines.put("easy-rules", new EasyRulesJudge().judge(lines).outcomes());
    assertThat(Agreement.differences(fromLines)).isEmpty();
    assertThat(strip(fromLines.get("streaming"))).isEqualTo(strip(project));
  }

  @Test
  void aDisagreementNamesTheFindingAndWhatEachJudgeFound() {
    Outcome met = Outcome.counted("FP-1", "nevi", "MET", 1, 1, List.of("f.json:3"));
    Outcome notMet = Outcome.counted("FP-1", "nevi", "NOT_MET", 0, 1, List.of());
    Map<String, List<Outcome>> findings = new LinkedHashMap<>();
    findings.put("one", List.of(met));
    findings.put("other", List.of(notMet));
    assertThat(Agreement.differences(findings)).containsExactly("FP-1 nevi differs:\n"
        + "  one: FP-1\tnevi\tMET\t1\t1\tf.json:3\n  other: FP-1\tnevi\tNOT_MET\t0\t1\t");
  }

  /** The findings without the line numbers of records without an id, which differ by format. */
  private static List<String> strip(List<Outcome> outcomes) {
    return outcomes.stream().map(o -> o.code() + " " + o.party() + " " + o.status() + " "
        + o.actual() + " " + o.required() + " "
        + o.evidence().stream().filter(e -> !e.contains(":")).toList()).toList();
  }
}
