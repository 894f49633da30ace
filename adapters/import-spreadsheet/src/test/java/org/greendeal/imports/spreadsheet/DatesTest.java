package org.greendeal.imports.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {
  @ParameterizedTest
  @CsvSource({"2019-03-01,2019-03-01", "2019-3-1,2019-03-01", "1-3-2019,2019-03-01",
      "01-03-2019,2019-03-01", "1/3/2019,2019-03-01", "1.3.2019,2019-03-01",
      "' 29-02-2020 ',2020-02-29"})
  void isoAndDutchDayMonthYearAreRead(String text, LocalDate expected) {
    assertThat(Dates.parse(text)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"31-02-2019", "29-02-2019", "2019-13-01", "1-3-19", "1-3/2019",
      "03/01/2019 10:00", "maart 2019", "", "2019"})
  void otherTextAndDaysThatDoNotExistAreNoDates(String text) {
    assertThat(Dates.parse(text)).isEmpty();
  }
}
