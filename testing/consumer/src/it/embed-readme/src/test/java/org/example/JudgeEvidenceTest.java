package org.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the snippet on evidence.yaml, where NS started two new trajectories in term. */
class JudgeEvidenceTest {
  @Test
  void judgesTheEvidenceFileAgainstTheBuiltInDeal() {
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      JudgeEvidence.main();
    } finally {
      System.setOut(out);
    }
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    lines.forEach(System.out::println);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("INFO IP-1 ns: ")), "IP-1 met by NS");
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR IP-1 provincie-utrecht: ")),
        "IP-1 not met by the Province of Utrecht, which recorded nothing");
    // one IP-1 finding per procuring participant (31), and every other commitment judged too
    assertEquals(31, lines.stream().filter(l -> l.contains(" IP-1 ")).count());
  }
}
