package org.greendeal.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Binding;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Obligation;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.model.Scope;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Explanation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.ImmutableExplanation;
import org.greendeal.rules.ImmutableFinding;
import org.greendeal.rules.Rule;
import org.greendeal.rules.Status;

/** A commitment of the deal file compiled into a rule: its criterion, judged per bound party. */
public final class CommitmentRule implements Rule {
  private final Commitment commitment;
  private final CompiledCriterion criterion;

  private CommitmentRule(Commitment commitment, CompiledCriterion criterion) {
    this.commitment = commitment;
    this.criterion = criterion;
  }

  /** Compiles {@code commitment}'s criterion once. */
  public static CommitmentRule compile(Commitment commitment) {
    return new CommitmentRule(commitment,
        CompiledCriterion.compile(commitment.criterion(), commitment.id()));
  }

  @Override
  public String id() {
    return commitment.id().value();
  }

  @Override
  public String description() {
    return commitment.title().en();
  }

  /** The commitment this rule judges. */
  public Commitment commitment() {
    return commitment;
  }

  @Override
  public List<Finding> evaluate(EvaluationContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Subject subject : subjects(context)) {
      findings.add(judge(subject, context));
    }
    return findings;
  }

  private List<Subject> subjects(EvaluationContext context) {
    Deal deal = context.deal();
    Binding binds = commitment.binds();
    Set<PartyId> bound = new LinkedHashSet<>(binds.parties());
    for (Role role : binds.roles()) {
      bound.addAll(deal.partiesWith(role));
    }
    if (binds.scope() == Scope.TOGETHER) {
      return List.of(new Subject(Optional.empty(), List.copyOf(bound), deal.term().start()));
    }
    return bound.stream()
        .map(p -> new Subject(Optional.of(p), List.of(p), context.judgedFrom(p)))
        .toList();
  }

  private Finding judge(Subject subject, EvaluationContext context) {
    Optional<LocalizedText> notApplicable = notApplicable(subject, context);
    if (notApplicable.isPresent()) {
      return ImmutableFinding.builder().code(id()).party(subject.party())
          .status(Status.NOT_APPLICABLE).severity(Status.NOT_APPLICABLE.severity())
          .message(notApplicable.get()).build();
    }
    Verdict verdict = criterion.judge(subject, context);
    Status status = status(verdict.satisfied(), context.asOf());
    List<Explanation.Considered> considered = new ArrayList<>(verdict.considered());
    for (RecordType type : criterion.reads()) {
      considered.addAll(subject.leftOut(context, type));
    }
    return ImmutableFinding.builder()
        .code(id())
        .party(subject.party())
        .status(status)
        .severity(status.severity())
        .actual(verdict.actual())
        .required(verdict.required())
        .total(verdict.total())
        .evidence(verdict.used().stream().map(r -> r.ref()).distinct().toList())
        .message(withDue(verdict.detail(), status))
        .explanation(ImmutableExplanation.builder().considered(considered).build())
        .build();
  }

  private Optional<LocalizedText> notApplicable(Subject subject, EvaluationContext context) {
    Optional<LocalDate> joined = subject.party().flatMap(p -> context.deal().joinedOn(p));
    if (joined.isEmpty()) {
      return Optional.empty();
    }
    if (joined.get().isAfter(context.asOf())) {
      return Optional.of(LocalizedText.of(
          "treedt pas toe op " + joined.get() + ", na de peildatum " + context.asOf(),
          "joins only on " + joined.get() + ", after the as-of date " + context.asOf()));
    }
    Optional<LocalDate> due = commitment.due();
    if (commitment.obligation() == Obligation.RESULT && due.isPresent()
        && joined.get().isAfter(due.get())) {
      return Optional.of(LocalizedText.of(
          "toegetreden op " + joined.get() + ", na de uiterste datum " + due.get(),
          "joined on " + joined.get() + ", after it was due on " + due.get()));
    }
    return Optional.empty();
  }

  private Status status(boolean satisfied, LocalDate asOf) {
    return switch (commitment.obligation()) {
      case EFFORT -> satisfied ? Status.REPORTED : Status.NO_EVIDENCE;
      case LIMIT -> satisfied ? Status.WITHIN_LIMIT : Status.EXCEEDED;
      case PROHIBITION -> satisfied ? Status.RESPECTED : Status.VIOLATED;
      case RESULT -> satisfied ? Status.MET
          : commitment.due().orElseThrow().isAfter(asOf) ? Status.IN_PROGRESS : Status.NOT_MET;
    };
  }

  private LocalizedText withDue(LocalizedText detail, Status status) {
    if (status == Status.IN_PROGRESS) {
      LocalDate due = commitment.due().orElseThrow();
      return Texts.join(detail, "", LocalizedText.of(" (uiterlijk " + due + ")", " (due " + due + ")"));
    }
    if (status == Status.NOT_MET) {
      LocalDate due = commitment.due().orElseThrow();
      return Texts.join(detail, "", LocalizedText.of(" (uiterlijk " + due + ")", " (was due " + due + ")"));
    }
    return detail;
  }
}
