package org.greendeal.imports.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.greendeal.model.Condition;
import org.greendeal.model.Criterion;
import org.greendeal.model.RecordType;

/**
 * Chooses the criterion of the criteria language (docs/deal-file.md) that a commitment's wording
 * allows: trajectories, policy integrations, appointments and working groups for a result;
 * contributions per year for a limit; knowledge items for a prohibition; for an effort the record
 * its action leaves (attendance, organised activities, instruments, invitations, barriers,
 * trajectories and publications, communications, knowledge items), else an effort record.
 */
final class Criteria {
  private static final Condition SENSITIVE_OR_PERSONAL = new Condition.Any(List.of(
      new Condition.Not(new Condition.Equals("sensitivity", "NONE")),
      new Condition.PersonalData(List.of("title", "text"))));

  private Criteria() {}

  /** The criterion of a RESULT worded as {@code sentence}, if one fits ("minimaal 0" does not). */
  static Optional<Criterion> result(String sentence) {
    String s = Texts.lower(sentence);
    int count = DutchNumbers.atLeast(sentence).orElse(1);
    if (count < 1) {
      return Optional.empty();
    } else if (has(s, "aan(?:wijzen|gewezen|wijst)|\\bwijz(?:en|t)\\b.*\\baan\\b")
        && has(s, "projectteam|project team|\\bleden\\b")) {
      return Optional.of(atLeast(count, RecordType.APPOINTMENT, null));
    } else if (has(s, "werkgroep") && has(s, "begeleid|\\bleiden\\b|\\bleidt\\b|trekken|trekt")) {
      return Optional.of(atLeast(count, RecordType.WORKING_GROUP, "guidedBy"));
    } else if (has(s, "traject")) {
      if (has(s, "\\bof\\b") && has(s, "opschal|op te schalen")) {
        return Optional.of(new Criterion.AnyOf(List.of(
            where(count, RecordType.TRAJECTORY, new Condition.Equals("kind", "NEW")),
            where(1, RecordType.TRAJECTORY, new Condition.Equals("kind", "SCALE_UP")))));
      }
      return Optional.of(atLeast(count, RecordType.TRAJECTORY, null));
    } else if (has(s, "integratie|integreren|geïntegreerd")) {
      Set<String> aspects = new LinkedHashSet<>();
      if (s.contains("proces")) {
        aspects.add("PROCESS");
      }
      if (s.contains("beleid")) {
        aspects.add("POLICY");
      }
      if (s.contains("strategie")) {
        aspects.add("STRATEGY");
      }
      if (!aspects.isEmpty()) {
        return Optional.of(new Criterion.Covers(RecordType.POLICY_INTEGRATION, "aspect", aspects,
            has(s, "aantoonba") ? new Condition.Present("reference") : Condition.always()));
      }
    }
    return Optional.empty();
  }

  /** The criterion of a LIMIT worded as {@code sentence}: an amount per year, if it says one. */
  static Optional<Criterion> limit(String sentence) {
    String s = Texts.lower(sentence);
    Optional<BigDecimal> amount = DutchNumbers.amount(sentence);
    if (amount.isPresent() && has(s, "jaarlijks|per (?:kalender)?jaar|(?:ieder|elk) jaar")) {
      return Optional.of(new Criterion.SumPerYearAtMost(RecordType.CONTRIBUTION, "amountEur",
          amount.get()));
    }
    return Optional.empty();
  }

  /**
   * The criterion of a PROHIBITION on exchanging information: no knowledge item marked sensitive
   * or holding personal data (only competition-sensitive, or only privacy, where the text says so).
   */
  static Criterion prohibition(String sentence) {
    String s = Texts.lower(sentence);
    boolean competition = s.contains("concurrentie");
    boolean privacy = has(s, "privacy|persoonsgegevens");
    Condition where = competition == privacy ? SENSITIVE_OR_PERSONAL
        : competition ? new Condition.Equals("sensitivity", "COMPETITION")
        : new Condition.Any(List.of(new Condition.Equals("sensitivity", "PRIVACY"),
            new Condition.PersonalData(List.of("title", "text"))));
    return new Criterion.NoneMatching(RecordType.KNOWLEDGE_ITEM, where);
  }

  /**
   * The criterion of an EFFORT worded as {@code sentence} whose main verb is {@code verb}: the
   * record its action leaves, or an effort record.
   */
  static Criterion effort(String sentence, String verb) {
    String s = Texts.lower(sentence);
    if (has(s, "\\bactiviteit") && has(s, "\\b(?:nemen|neemt)\\b.*\\bdeel\\b|bijwonen|deelnemen")) {
      return new Criterion.AtLeast(1, RecordType.ACTIVITY, Optional.of("attendees"),
          Condition.always(), true);
    } else if (has(s, "\\borganiseren\\b|\\borganiseert\\b")) {
      return atLeast(1, RecordType.ACTIVITY, "organisedBy");
    } else if (has(s, "\\bontwikkel(?:en|t)\\b") && has(s, "instrument|werkmethode")) {
      return atLeast(1, RecordType.INSTRUMENT, "developedBy");
    } else if (has(s, "\\b(?:dragen|draagt)\\s+bij\\b|\\bbijdragen\\b")
        && has(s, "instrument|werkmethode")) {
      return atLeast(1, RecordType.INSTRUMENT, "contributors");
    } else if (has(s, "\\bnodig(?:en|t)\\b.{0,80}?\\buit\\b|\\buitnodigen\\b")) {
      return atLeast(1, RecordType.INVITATION, null);
    } else if (has(s, "belemmering")) {
      return atLeast(1, RecordType.BARRIER, null);
    }
    List<Criterion> parts = new ArrayList<>();
    if (has(s, "traject") && has(s, "starten|op te starten|opschalen|op te schalen|opstarten")) {
      parts.add(atLeast(1, RecordType.TRAJECTORY, null));
    }
    if (has(s, "publiek toegankelijk|openbaar|publiceren|publiceert|publicatie")) {
      parts.add(atLeast(1, RecordType.PUBLICATION, null));
    }
    if (!parts.isEmpty()) {
      return parts.size() == 1 ? parts.get(0) : new Criterion.AllOf(parts);
    } else if (has(s, "communicatie|\\buitdragen\\b|\\bdraagt uit\\b")) {
      return atLeast(1, RecordType.COMMUNICATION, null);
    } else if (has(verb, "^(?:delen|deelt)$") && has(s, "kennis|inzicht")
        && !has(s, "\\bmet\\b(?! name\\b| betrekking\\b)")) {
      return new Criterion.AnyOf(List.of(new Criterion.EffortRecord(),
          atLeast(1, RecordType.KNOWLEDGE_ITEM, null)));
    }
    return new Criterion.EffortRecord();
  }

  private static boolean has(String text, String regex) {
    return Pattern.compile(regex, Pattern.UNICODE_CASE).matcher(text).find();
  }

  private static Criterion.AtLeast atLeast(int count, RecordType records, String partyField) {
    return new Criterion.AtLeast(count, records, Optional.ofNullable(partyField),
        Condition.always(), false);
  }

  private static Criterion.AtLeast where(int count, RecordType records, Condition where) {
    return new Criterion.AtLeast(count, records, Optional.empty(), where, false);
  }
}
