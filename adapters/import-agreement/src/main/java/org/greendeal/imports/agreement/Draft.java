package org.greendeal.imports.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.greendeal.model.Criterion;
import org.greendeal.model.Obligation;

/**
 * A commitment as read from its sentence, before its code and binding are settled.
 *
 * @param block the bullet (or paragraph) it was read from
 * @param text the agreement's sentence
 * @param group whom its subject names; for the prohibitions outside "Inzet en acties", PARTIES
 * @param units the units it binds instead of its group, if it names any
 * @param obligation what kind of promise it is
 * @param criterion how it is judged
 * @param due for a RESULT, the due date its wording states; otherwise the term's end applies
 * @param unclassified why its wording could not be classified, if it could not
 * @param prefix the prefix of its code
 */
record Draft(Block block, String text, Group group, List<UnitReference> units,
    Obligation obligation, Criterion criterion, Optional<LocalDate> due,
    Optional<String> unclassified, String prefix) {
  Draft {
    units = List.copyOf(units);
  }
}
