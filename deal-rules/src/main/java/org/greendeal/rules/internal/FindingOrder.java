package org.greendeal.rules.internal;

import java.util.Comparator;
import org.greendeal.model.PartyId;
import org.greendeal.rules.Finding;

/** Sorts findings by code (IP-2 before IP-10), then party (deal-wide first), then evidence. */
public final class FindingOrder implements Comparator<Finding> {
  /** The one instance. */
  public static final FindingOrder INSTANCE = new FindingOrder();

  private static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::code, NaturalOrder.INSTANCE)
          .thenComparing(f -> f.party().map(PartyId::value).orElse(""))
          .thenComparing(f -> String.join(",", f.evidence()))
          .thenComparing(f -> f.message().en());

  private FindingOrder() {}

  @Override
  public int compare(Finding a, Finding b) {
    return ORDER.compare(a, b);
  }
}
