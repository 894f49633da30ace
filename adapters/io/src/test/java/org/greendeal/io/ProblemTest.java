package org.greendeal.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void aProblemReadsAsFileLineColumnFieldMessageOnOneLine() {
    assertThat(new Problem("e.yaml", 2, 58, "trajectories[0].kind", "unknown value \"NEWISH\""))
        .hasToString("e.yaml:2:58: trajectories[0].kind: unknown value \"NEWISH\"");
    assertThat(new Problem("e.yaml", 1, 1, "", "two\nlines")).hasToString("e.yaml:1:1: two lines");
    assertThat(Problem.ofFile("e.yaml", "file not found")).hasToString("e.yaml: file not found");
  }

  @Test
  void anInputExceptionListsEveryProblemOnItsOwnLine() {
    InputException e = new InputException(List.of(Problem.ofFile("a.yaml", "file not found"),
        new Problem("b.json", 3, 4, "deal", "expected text, found a list")));
    assertThat(e.problems()).hasSize(2);
    assertThat(e).hasMessage("a.yaml: file not found\nb.json:3:4: deal: expected text, found a list");
  }
}
