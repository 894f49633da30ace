package org.greendeal.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "Mail inkoop@example.nl voor vragen", "bel 06-12345678", "Bel +31 6 1234 5678",
      "tel. 010-1234567", "IBAN NL91ABNA0417164300", "rekening NL91 ABNA 0417 1643 00",
      "BSN 111222333", "bsn: 1112.22.333", "call +44 20 7946 0958"})
  void personalDataIsFound(String text) {
    assertThat(PersonalData.find(text)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Op 2019-05-01 kostte het € 1.500", "Hergebruik van 250000 kg staal", "Ordernummer 123456789",
      "NL91ABNA0417164301 is geen geldig rekeningnummer", "circulair@ zonder domein",
      "versie 2.0 van de tender, 30 procent hergebruik", "kvk 12345678"})
  void ordinaryTextIsNotFlagged(String text) {
    assertThat(PersonalData.find(text)).isNull();
  }
}
