package org.greendeal.imports.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Binding;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.ImmutableBinding;
import org.greendeal.model.ImmutableCommitment;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.Obligation;
import org.greendeal.model.PartyId;
import org.greendeal.model.Role;

/**
 * Turns drafts into commitments: codes numbered per prefix in the text's order (P-1, IP-1, FP-1,
 * KP-1, R-1, D-1), bindings to the roles of the annex or to the units found, the term's end as the
 * due date of a result that states none, and titles and English texts from the known deals where
 * the Dutch is the same (else a title cut from the sentence, and the Dutch as the English).
 */
final class CommitmentList {
  private CommitmentList() {}

  static List<Commitment> build(List<Draft> drafts, PartyList parties, Set<Role> annexRoles,
      LocalDate termEnd, KnownDeals known, Notes notes) {
    Map<String, Integer> numbers = new HashMap<>();
    List<Commitment> commitments = new ArrayList<>();
    for (Draft draft : drafts) {
      String code = draft.prefix() + "-" + numbers.merge(draft.prefix(), 1, Integer::sum);
      draft.unclassified().ifPresent(why -> notes.warn(draft.block(), code, why
          + "; kept as EFFORT, judged by an effort record: \""
          + Texts.shorten(draft.text(), 70) + "\""));
      Optional<Binding> binds = binding(draft, code, parties, annexRoles, notes);
      if (binds.isEmpty()) {
        continue;
      }
      Optional<Commitment> same = known.commitment(draft.text());
      String title = Texts.shorten(draft.text(), 60);
      ImmutableCommitment.Builder c = ImmutableCommitment.builder()
          .id(CommitmentId.of(code))
          .title(same.map(Commitment::title).orElse(LocalizedText.same(title)))
          .text(LocalizedText.of(draft.text(), same.map(k -> k.text().en()).orElse(draft.text())))
          .binds(binds.get())
          .obligation(draft.obligation())
          .criterion(draft.criterion());
      if (draft.obligation() == Obligation.RESULT) {
        LocalDate due = draft.due().orElse(termEnd);
        if (due.isAfter(termEnd)) {
          notes.warn(draft.block(), code, "due " + due + ", after the term's end " + termEnd);
        }
        c.due(due);
      }
      commitments.add(c.build());
    }
    return commitments;
  }

  private static Optional<Binding> binding(Draft draft, String code, PartyList parties,
      Set<Role> annexRoles, Notes notes) {
    if (!draft.units().isEmpty()) {
      Set<PartyId> units = new LinkedHashSet<>();
      draft.units().forEach(u -> parties.unit(u).ifPresent(units::add));
      if (!units.isEmpty()) {
        return Optional.of(ImmutableBinding.builder().addAllParties(units).build());
      }
      notes.warn(draft.block(), code, "none of the units it names belongs to a party of the"
          + " annex; bound to the national government together");
    }
    Group group = draft.group();
    if (group == Group.PARTIES) {
      return Optional.of(ImmutableBinding.builder().addAllRoles(EnumSet.copyOf(annexRoles))
          .build());
    }
    Role role = group.role().orElseThrow();
    if (!annexRoles.contains(role)) {
      notes.error(draft.block(), code, "binds the " + group.heading() + " (" + role.name()
          + "), but the annex lists none; expected a role heading \"" + group.heading()
          + "\" with its parties in the annex");
      return Optional.empty();
    }
    return Optional.of(role == Role.NATIONAL_GOVERNMENT ? Binding.together(role)
        : Binding.each(role));
  }
}
