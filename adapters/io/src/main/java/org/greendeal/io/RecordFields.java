package org.greendeal.io;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.BarrierStatus;
import org.greendeal.model.Factor;
import org.greendeal.model.InstrumentKind;
import org.greendeal.model.InvitationOutcome;
import org.greendeal.model.PolicyAspect;
import org.greendeal.model.RecordType;
import org.greendeal.model.Sensitivity;
import org.greendeal.model.Strategy;
import org.greendeal.model.TrajectoryKind;
import org.greendeal.model.TrajectoryStatus;

/**
 * What the fields of evidence records hold, as far as criteria need to know: which fields exist,
 * which take an enumeration, a date or an amount. A criterion naming a field its record type lacks,
 * or comparing a field with a value it can never hold, is refused when the deal file is read.
 */
final class RecordFields {
  private static final Map<RecordType, Map<String, Class<? extends Enum<?>>>> ENUMS = Map.of(
      RecordType.TRAJECTORY, Map.of("kind", TrajectoryKind.class,
          "status", TrajectoryStatus.class, "strategies", Strategy.class),
      RecordType.POLICY_INTEGRATION, Map.of("aspect", PolicyAspect.class),
      RecordType.INSTRUMENT, Map.of("kind", InstrumentKind.class),
      RecordType.KNOWLEDGE_ITEM, Map.of("factor", Factor.class,
          "sensitivity", Sensitivity.class),
      RecordType.INVITATION, Map.of("outcome", InvitationOutcome.class),
      RecordType.BARRIER, Map.of("status", BarrierStatus.class));

  private static final Map<RecordType, String> AMOUNTS = Map.of(
      RecordType.TRAJECTORY, "valueEur", RecordType.CONTRIBUTION, "amountEur");

  private RecordFields() {}

  /** Reads a field name that {@code type} must have (unchecked when the type is unknown). */
  static ValueReader<String> field(Optional<RecordType> type) {
    return (item, problems) -> Values.NAME.read(item, problems).filter(field ->
        type.map(t -> check(t.fields().contains(field), t, field, item, problems, "field",
            List.copyOf(t.fields()))).orElse(true));
  }

  /** Reads a party field name of {@code type}, such as {@code guidedBy}. */
  static ValueReader<String> partyField(Optional<RecordType> type) {
    return (item, problems) -> Values.NAME.read(item, problems).filter(field ->
        type.map(t -> check(t.partyFields().contains(field), t, field, item, problems,
            "party field", t.partyFields())).orElse(true));
  }

  /** Reads the name of an amount field of {@code type}, such as {@code amountEur}. */
  static ValueReader<String> amountField(Optional<RecordType> type) {
    return (item, problems) -> Values.NAME.read(item, problems).filter(field ->
        type.map(t -> check(field.equals(AMOUNTS.get(t)), t, field, item, problems,
            "amount field", Optional.ofNullable(AMOUNTS.get(t)).stream().toList()))
            .orElse(true));
  }

  /**
   * Checks that {@code value} can be a value of {@code field}: a name of its enumeration, or an
   * ISO date for a date field; adds a problem at {@code item} when it cannot.
   */
  static boolean checkValue(Optional<RecordType> type, String field, String value, Item item,
      Problems problems) {
    if (type.isEmpty()) {
      return true;
    }
    Class<? extends Enum<?>> values = ENUMS.getOrDefault(type.get(), Map.of()).get(field);
    if (values != null) {
      List<String> names =
          Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
      if (!names.contains(value)) {
        problems.add(item, "unknown value \"" + value + "\" of " + type.get().key() + "."
            + field + "; expected " + Values.oneOf(names));
        return false;
      }
    } else if (isDate(type.get(), field) && Values.parseDate(value).isEmpty()) {
      problems.add(item, "not a date: \"" + value + "\"; expected YYYY-MM-DD");
      return false;
    }
    return true;
  }

  private static boolean isDate(RecordType type, String field) {
    return !type.datedByYear()
        && (field.equals(type.dateField()) || type == RecordType.APPOINTMENT
            && field.equals("until"));
  }

  private static boolean check(boolean ok, RecordType type, String field, Item item,
      Problems problems, String what, List<String> expected) {
    if (!ok) {
      problems.add(item, type.key() + " have no " + what + " \"" + field + "\"; expected "
          + (expected.isEmpty() ? "a record type that has one" : Values.oneOf(expected)));
    }
    return ok;
  }
}
