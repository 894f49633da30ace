package org.greendeal.imports.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greendeal.model.Criterion;
import org.greendeal.model.Obligation;

/**
 * Reads the commitments of an agreement text: one per bullet of each "Inzet en acties" section (one
 * per paragraph where a section has no bullets), then one prohibition ("geen ... informatie
 * uitgewisseld") per sentence that states one elsewhere, as D-1, D-2. Whom a commitment binds
 * comes from its subject: "Partijen" every role, "Elke inkopende deelnemer" each procuring
 * participant, "Faciliterende partners", "Kennispartners", "De Rijksoverheid" (together), or the
 * units of "Bij de Rijksoverheid worden vanuit ... leden aangewezen"; without one, from the
 * section's heading.
 */
final class Drafts {
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\p{N}\"'‘“(])");

  private final Notes notes;
  private final List<Draft> drafts = new ArrayList<>();

  private Drafts(Notes notes) {
    this.notes = notes;
  }

  /** The drafts of the commitments in {@code sections}, in order, the prohibitions last. */
  static List<Draft> read(List<Section> sections, Notes notes) {
    Drafts reader = new Drafts(notes);
    List<Section> commitments = sections.stream()
        .filter(s -> s.kind() == SectionKind.COMMITMENTS).toList();
    if (commitments.isEmpty()) {
      notes.error(1, 1, "Inzet en acties", "no section \"Inzet en acties\" (the commitments);"
          + " expected a heading such as \"Inzet en acties partijen\" followed by one bullet"
          + " \"-- ...\" per commitment");
      return List.of();
    }
    commitments.forEach(reader::section);
    if (reader.drafts.isEmpty()) {
      Section first = commitments.get(0);
      notes.error(first.line(), 1, first.name(), "holds no commitments; expected one bullet"
          + " \"-- ...\" per commitment under the heading");
      return List.of();
    }
    sections.stream().filter(s -> s.kind() != SectionKind.COMMITMENTS
            && s.kind() != SectionKind.ANNEX && s.kind() != SectionKind.OTHER_ANNEX)
        .forEach(reader::prohibitions);
    return List.copyOf(reader.drafts);
  }

  private void section(Section section) {
    Optional<Group> fallback = Group.first(section.name().substring("Inzet en acties".length()))
        .map(Group.Found::group);
    boolean bullets = section.blocks().stream().anyMatch(b -> b.is(Block.Kind.BULLET));
    for (Block block : section.blocks()) {
      if (block.is(Block.Kind.BULLET) || (!bullets && block.is(Block.Kind.PARAGRAPH))) {
        drafts.add(commitment(block, section, fallback));
      } else if (block.is(Block.Kind.PARAGRAPH)) {
        notes.warn(block, section.name(), "not read as a commitment, being no bullet: \""
            + Texts.shorten(block.text(), 60) + "\"");
      }
    }
  }

  private Draft commitment(Block block, Section section, Optional<Group> fallback) {
    String text = block.text();
    Optional<Group.Found> subject = Group.first(text);
    Group group = subject.map(Group.Found::group).or(() -> fallback).orElse(Group.PARTIES);
    Optional<String> unclassified = Optional.empty();
    if (subject.isEmpty()) {
      notes.warn(block, section.name(), "no subject recognised (Partijen, Elke inkopende"
          + " deelnemer, Faciliterende partners, Kennispartners, De Rijksoverheid); bound as "
          + (fallback.isPresent() ? "the heading says" : "a commitment of every party") + ": \""
          + Texts.shorten(text, 60) + "\"");
    }
    List<UnitReference> units = group == Group.GOVERNMENT ? UnitReference.in(text) : List.of();
    Optional<Obligation> worded = Wording.obligation(text);
    Optional<Criterion> criterion = Optional.empty();
    Obligation obligation = Obligation.EFFORT;
    if (worded.isEmpty()) {
      unclassified = Optional.of("no wording says what kind of promise this is (such as \"spannen"
          + " zich in\", \"minimaal\", \"maximaal\", \"geen ... uitgewisseld\")");
    } else {
      obligation = worded.get();
      criterion = switch (obligation) {
        case PROHIBITION -> Optional.of(Criteria.prohibition(text));
        case LIMIT -> Criteria.limit(text);
        case RESULT -> Criteria.result(text);
        case EFFORT -> Optional.of(Criteria.effort(text, verb(text, subject)));
      };
      if (criterion.isEmpty()) {
        unclassified = Optional.of("it reads as a " + obligation + ", but no criterion fits its"
            + " wording" + (obligation == Obligation.LIMIT ? " (a LIMIT needs an amount per year)"
            : ""));
        obligation = Obligation.EFFORT;
      }
    }
    return new Draft(block, text, group, units, obligation,
        criterion.orElse(new Criterion.EffortRecord()),
        obligation == Obligation.RESULT ? Deadlines.stated(text) : Optional.empty(),
        unclassified, group.prefix());
  }

  /** The main verb: the word after a leading subject, else the word before the subject. */
  private static String verb(String text, Optional<Group.Found> subject) {
    String lower = Texts.lower(text);
    if (subject.isEmpty() || subject.get().start() == 0) {
      String after = lower.substring(subject.map(Group.Found::end).orElse(0)).strip();
      return after.split("[\\s,.;:]+", 2)[0];
    }
    String[] before = lower.substring(0, subject.get().start()).strip().split("\\s+");
    return before[before.length - 1];
  }

  private void prohibitions(Section section) {
    for (Block block : section.blocks()) {
      for (String sentence : SENTENCE_END.split(block.text())) {
        if (Wording.prohibits(sentence)) {
          drafts.add(new Draft(block, sentence.strip(), Group.PARTIES, List.of(),
              Obligation.PROHIBITION, Criteria.prohibition(sentence), Optional.empty(),
              Optional.empty(), "D"));
        }
      }
    }
  }
}
