package org.greendeal.rules;

import java.util.List;

/** Hooks into an evaluation, for tracing or metrics; every method does nothing by default. */
public interface EvaluationListener {
  /** Called before {@code rule} is evaluated. */
  default void beforeRule(Rule rule) {}

  /** Called after {@code rule} gave {@code findings}. */
  default void afterRule(Rule rule, List<Finding> findings) {}

  /** Called for every finding, data findings included, in the evaluation's order. */
  default void onFinding(Finding finding) {}

  /** The listener that does nothing. */
  EvaluationListener NONE = new EvaluationListener() {};
}
