package org.greendeal.rules;

import java.util.List;
import java.util.Optional;
import org.greendeal.model.Language;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.PartyId;
import org.immutables.value.Value;

/**
 * One verdict: on a commitment for a party (or deal-wide), or on the data. It carries what was
 * counted, the evidence used and a message in Dutch and English, so that a reader sees why
 * without the code.
 */
@Value.Immutable
public abstract class Finding {
  /** The commitment's id (such as {@code IP-1}) or a data code (such as {@code DATA-OUT-OF-TERM}). */
  public abstract String code();

  /** The party or unit concerned; empty for a deal-wide finding. */
  public abstract Optional<PartyId> party();

  /** The verdict on a commitment; empty for a data finding. */
  public abstract Optional<Status> status();

  /** How much it matters; for a commitment finding, that of its status. */
  public abstract Severity severity();

  /** What was counted, where the commitment counts something. */
  public abstract Optional<Integer> actual();

  /** What is required, where the commitment counts something. */
  public abstract Optional<Integer> required();

  /** How many were held in all since the party joined (attended of held), where reported. */
  public abstract Optional<Integer> total();

  /** The records used: ids, or {@code file:line} for records without one. */
  public abstract List<String> evidence();

  /** What the finding says, in words a person can act on. */
  public abstract LocalizedText message();

  /** Which records were counted or left out, and why. */
  @Value.Default
  @Value.Auxiliary
  public Explanation explanation() {
    return Explanation.none();
  }

  /** The message in {@code language}. */
  public String message(Language language) {
    return message().in(language);
  }

  @Value.Check
  protected void check() {
    status().ifPresent(s -> {
      if (s.severity() != severity()) {
        throw new IllegalStateException("finding " + code() + ": severity " + severity()
            + " does not match status " + s + " (" + s.severity() + ")");
      }
    });
  }
}
