package org.greendeal.imports.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1500|1500", "1500,50|1500.5", "1500.50|1500.5", "1.500,50|1500.5", "1,500.50|1500.5",
      "1.250.000|1250000", "1,250,000|1250000", "1.250.000,75|1250000.75", "€ 1.500,00|1500",
      "EUR 750|750", "750 EUR|750", "1 500,50|1500.5", "0,500|0.5", "12345,678|12345.678",
      "-10|-10", "0|0", "2500,|2500"})
  void dutchAndEnglishNotationsAreRead(String text, String expected) throws Exception {
    assertThat(Amounts.parse(text)).isEqualTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.500", "1,500", "250.000", "-1.500"})
  void aSingleSeparatorBeforeThreeDigitsIsAmbiguous(String text) {
    assertThatThrownBy(() -> Amounts.parse(text)).isInstanceOf(Amounts.NotAnAmount.class)
        .hasMessage("ambiguous amount");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "1.50.0", "1,5,0", "12.34,5.6", "", "€", "1e3", "--5", "1.5.00,0"})
  void otherTextIsNoAmount(String text) {
    assertThatThrownBy(() -> Amounts.parse(text)).isInstanceOf(Amounts.NotAnAmount.class);
  }

  @Test
  void theHintOfAnAmbiguousAmountShowsBothReadings() {
    assertThatThrownBy(() -> Amounts.parse("1.500"))
        .extracting(e -> ((Amounts.NotAnAmount) e).hint())
        .isEqualTo("1500 or 1.5? write 1500,00 or 1,5");
  }
}
