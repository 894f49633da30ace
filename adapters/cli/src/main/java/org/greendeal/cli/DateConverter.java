package org.greendeal.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an ISO date and says so plainly when it is not one. */
final class DateConverter implements ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("not a date (found \"" + value + "\"); expected YYYY-MM-DD");
    }
  }
}
