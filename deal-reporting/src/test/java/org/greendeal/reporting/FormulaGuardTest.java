package org.greendeal.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaGuardTest {
  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-2+3", "@SUM(A1)", "\tTab",
      "\rReturn", "=", "+", "-", "@", "=cmd|' /C calc'!A0"})
  void prefixesAQuoteToWhatCouldBeAFormula(String text) {
    assertThat(FormulaGuard.risky(text)).isTrue();
    assertThat(FormulaGuard.text(text)).isEqualTo("'" + text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "MET", "provincie-utrecht", "Coöperatieve Rabobank", "1 + 1",
      " =1+1", "<script>alert(1)</script>", "'=already quoted", "t1; t2", "\nline", "€ 1.500,00",
      "A=B", "x@example.org"})
  void leavesOtherTextAlone(String text) {
    assertThat(FormulaGuard.risky(text)).isFalse();
    assertThat(FormulaGuard.text(text)).isSameAs(text);
  }

  @Test
  void quotesOnlyOnce() {
    String once = FormulaGuard.text("=1+1");
    assertThat(FormulaGuard.text(once)).isEqualTo("'=1+1");
  }

  @Test
  void keepsTheRestOfTheTextExactly() {
    String text = "@SUM(A1)\r\n\"quoted\", <b>bold</b>";
    assertThat(FormulaGuard.text(text)).isEqualTo("'" + text).endsWith(text);
  }

  @Test
  void nullIsAnEmptyCell() {
    assertThat(FormulaGuard.risky(null)).isFalse();
    assertThat(FormulaGuard.text(null)).isEmpty();
  }
}
