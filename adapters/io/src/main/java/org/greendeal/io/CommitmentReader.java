package org.greendeal.io;

import static org.greendeal.io.Values.COMMITMENT_ID;
import static org.greendeal.io.Values.PARTY_ID;
import static org.greendeal.io.Values.enumOf;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greendeal.model.Binding;
import org.greendeal.model.Commitment;
import org.greendeal.model.CommitmentId;
import org.greendeal.model.ImmutableBinding;
import org.greendeal.model.ImmutableCommitment;
import org.greendeal.model.Obligation;
import org.greendeal.model.PartyId;
import org.greendeal.model.Role;
import org.greendeal.model.Scope;
import org.greendeal.model.Term;

/**
 * Reads the commitments of a deal file, docs/deal-file.md "Commitments": ids unique, bound roles
 * held by some party, bound parties known, a due date for every RESULT ({@code term-end} being the
 * term's last day).
 */
final class CommitmentReader {
  private static final String TERM_END = "term-end";

  private final Problems problems;
  private final Optional<Term> term;
  private final Set<PartyId> partiesAndUnits;
  private final Set<Role> roles;
  private final Map<CommitmentId, Item> seen = new HashMap<>();

  /**
   * A reader for a deal with {@code term}, whose parties and units have the ids {@code
   * partiesAndUnits} and whose parties hold {@code roles}.
   */
  CommitmentReader(Problems problems, Optional<Term> term, Set<PartyId> partiesAndUnits,
      Set<Role> roles) {
    this.problems = problems;
    this.term = term;
    this.partiesAndUnits = partiesAndUnits;
    this.roles = roles;
  }

  Optional<Commitment> read(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableCommitment.Builder b = ImmutableCommitment.builder();
    f.requiredItem("id").ifPresent(id -> COMMITMENT_ID.read(id, problems)
        .filter(value -> unique(value, id)).ifPresent(b::id));
    f.required("title", DealValues.LOCALIZED).ifPresent(b::title);
    f.required("text", DealValues.LOCALIZED).ifPresent(b::text);
    f.required("binds", this::binding).ifPresent(b::binds);
    Optional<Obligation> obligation = f.required("obligation", enumOf(Obligation.class));
    obligation.ifPresent(b::obligation);
    Optional<Item> due = f.item("due");
    due.flatMap(this::due).ifPresent(b::due);
    if (obligation.equals(Optional.of(Obligation.RESULT)) && due.isEmpty()) {
      problems.add(item.node(), f.path("due"),
          "required key is missing: a RESULT needs a due date, YYYY-MM-DD or term-end");
    }
    f.required("criterion", CriterionReader::read).ifPresent(b::criterion);
    return f.build(b::build);
  }

  private boolean unique(CommitmentId id, Item at) {
    Item first = seen.putIfAbsent(id, at);
    if (first != null) {
      problems.add(at, "duplicate commitment id \"" + id + "\"; it is already used at line "
          + first.node().line());
    }
    return first == null;
  }

  private Optional<LocalDate> due(Item item) {
    Optional<String> text = Values.TEXT.read(item, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    } else if (text.get().equals(TERM_END)) {
      if (term.isEmpty()) {
        problems.add(item, "term-end needs the deal's term, which is missing or wrong");
      }
      return term.map(Term::end);
    }
    Optional<LocalDate> date = Values.parseDate(text.get());
    if (date.isEmpty()) {
      problems.add(item, "not a date: " + item.node().describe()
          + "; expected YYYY-MM-DD or term-end");
    }
    return date;
  }

  private Optional<Binding> binding(Item item, Problems problems) {
    Fields f = Fields.of(item, problems);
    ImmutableBinding.Builder b = ImmutableBinding.builder();
    List<Item> roleItems = f.items("roles");
    for (Item role : roleItems) {
      enumOf(Role.class).read(role, problems).filter(r -> held(r, role)).ifPresent(b::addRole);
    }
    List<Item> partyItems = f.items("parties");
    for (Item party : partyItems) {
      PARTY_ID.read(party, problems).filter(p -> known(p, party)).ifPresent(b::addParty);
    }
    f.optional("scope", enumOf(Scope.class)).ifPresent(b::scope);
    if (roleItems.isEmpty() == partyItems.isEmpty() && f.clean()) {
      problems.add(item, roleItems.isEmpty()
          ? "expected roles or parties, found neither"
          : "expected roles or parties, not both");
    }
    return f.build(b::build);
  }

  private boolean held(Role role, Item at) {
    if (!roles.contains(role)) {
      problems.add(at, "no party has the role " + role + (roles.isEmpty() ? ""
          : "; expected a role the parties have, "
              + Values.oneOf(roles.stream().sorted().map(Role::name).toList())));
    }
    return roles.contains(role);
  }

  private boolean known(PartyId party, Item at) {
    if (!partiesAndUnits.contains(party)) {
      problems.add(at, "names no party or unit: \"" + party
          + "\"; expected the id of one of the parties or units");
    }
    return partiesAndUnits.contains(party);
  }
}
