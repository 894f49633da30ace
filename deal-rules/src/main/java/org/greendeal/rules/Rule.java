package org.greendeal.rules;

import java.util.List;

/**
 * One rule of a rule set: the compiled form of a commitment, or a team's own Java rule added
 * beside the deal's. A rule must be a pure function of its context: no I/O, no state, the same
 * findings for the same context, and every finding carrying the rule's {@link #id()} as its code
 * (data findings are the engine's).
 */
public interface Rule {
  /** The rule's id, unique in its rule set; the code of the findings it makes. */
  String id();

  /** A one-line description, for listings. */
  default String description() {
    return id();
  }

  /** Judges the evidence in {@code context}. */
  List<Finding> evaluate(EvaluationContext context);
}
