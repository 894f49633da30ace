package org.greendeal.imports.eforms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CpvCategoriesTest {
  @ParameterizedTest
  @CsvSource({
      "18100000, WORKWEAR",
      "39130000, FURNITURE",
      "30200000, ICT_HARDWARE",
      "45000000, CONSTRUCTION",
      "55500000, CATERING",
      "90500000, WASTE_AND_ENVIRONMENT",
      "33100000, MEDICAL_EQUIPMENT",
      "39130000-2, FURNITURE"})
  void theDivisionOfACpvCodeNamesItsCategory(String cpv, String category) {
    assertThat(CpvCategories.of(cpv)).isEqualTo(category);
  }

  @ParameterizedTest
  @CsvSource({"99100000", "3913", "furniture", "391300001"})
  void aCodeOfNoKnownDivisionIsKeptAsItIs(String cpv) {
    assertThat(CpvCategories.of(cpv)).isEqualTo("CPV " + cpv);
  }

  @Test
  void everyCpvDivisionHasACategory() {
    String[] divisions = {"03", "09", "14", "15", "16", "18", "19", "22", "24", "30", "31", "32",
        "33", "34", "35", "37", "38", "39", "41", "42", "43", "44", "45", "48", "50", "51", "55",
        "60", "63", "64", "65", "66", "70", "71", "72", "73", "75", "76", "77", "79", "80", "85",
        "90", "92", "98"};
    assertThat(divisions).hasSize(45);
    for (String division : divisions) {
      assertThat(CpvCategories.of(division + "000000")).doesNotStartWith("CPV ");
    }
  }
}
