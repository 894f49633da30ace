package org.greendeal.model;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a commitment asks of the evidence, as data: the criteria language of deal files. The rules
 * engine interprets it; the obligation of the commitment turns "satisfied or not" into a status.
 * Records are always those of the bound party (or, together, of all bound parties), visible as of
 * the evaluation date, in term and on or after the party joined.
 */
public sealed interface Criterion {

  /**
   * At least {@code count} records of a type whose {@code partyField} names the party and that
   * match {@code where}.
   *
   * @param count how many are required, at least 1
   * @param records the record type
   * @param partyField the field naming the party; empty for the type's default
   * @param where a condition on the records
   * @param showTotal whether the finding also reports how many records of the type were held
   *     since the party joined (attendance: attended of held)
   */
  record AtLeast(int count, RecordType records, Optional<String> partyField, Condition where,
      boolean showTotal) implements Criterion {
    public AtLeast {
      checkArgument(count >= 1, "atLeast: count must be at least 1, found %s", count);
      partyField.ifPresent(f -> checkPartyField(records, f));
      where.checkFields(records);
    }

    /** At least {@code count} records of {@code records} matching {@code where}. */
    public static AtLeast of(int count, RecordType records, Condition where) {
      return new AtLeast(count, records, Optional.empty(), where, false);
    }
  }

  /**
   * An effort record ({@code efforts}) that names the commitment being judged: the usual evidence
   * of an EFFORT commitment.
   */
  record EffortRecord() implements Criterion {}

  /**
   * Satisfied when any option is; the finding reports the numbers of the satisfied option, or of
   * the one closest to it.
   *
   * @param options two or more criteria
   */
  record AnyOf(List<Criterion> options) implements Criterion {
    public AnyOf {
      options = ImmutableList.copyOf(options);
      checkArgument(!options.isEmpty(), "anyOf: needs at least one option");
    }
  }

  /**
   * Satisfied when every part is; the finding names each part that is not.
   *
   * @param parts the criteria that must all hold
   */
  record AllOf(List<Criterion> parts) implements Criterion {
    public AllOf {
      parts = ImmutableList.copyOf(parts);
      checkArgument(!parts.isEmpty(), "allOf: needs at least one part");
    }
  }

  /**
   * Every value of {@code values} is found in {@code field} of some record matching {@code where}
   * (IP-2: process, policy and strategy each covered).
   */
  record Covers(RecordType records, String field, Set<String> values, Condition where)
      implements Criterion {
    public Covers {
      values = ImmutableSet.copyOf(values);
      checkArgument(!values.isEmpty(), "covers: needs at least one value");
      checkField(records, field);
      where.checkFields(records);
    }
  }

  /**
   * The sum of {@code field} per calendar year is at most {@code atMost} in every year (IP-5).
   * Having no records at all satisfies it.
   */
  record SumPerYearAtMost(RecordType records, String field, BigDecimal atMost)
      implements Criterion {
    public SumPerYearAtMost {
      checkField(records, field);
      checkArgument(atMost.signum() >= 0, "sumPerYear: atMost is negative: %s", atMost);
    }
  }

  /** No record of a type matches {@code where} (D-1: nothing sensitive exchanged). */
  record NoneMatching(RecordType records, Condition where) implements Criterion {
    public NoneMatching {
      where.checkFields(records);
    }
  }

  private static void checkField(RecordType records, String field) {
    checkArgument(records.fields().contains(field),
        "%s have no field \"%s\"; they have %s", records.key(), field, records.fields());
  }

  private static void checkPartyField(RecordType records, String field) {
    checkArgument(records.partyFields().contains(field),
        "%s have no party field \"%s\"; they have %s", records.key(), field,
        records.partyFields());
  }
}
