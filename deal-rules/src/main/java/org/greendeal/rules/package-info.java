/**
 * The rules engine's public API: a deal's criteria compiled once into an immutable {@link
 * org.greendeal.rules.RuleSet}, evaluated against evidence as of a date into an {@link
 * org.greendeal.rules.Evaluation} of findings; {@link org.greendeal.rules.Rule} and {@link
 * org.greendeal.rules.EvaluationListener} are the extension points.
 */
@org.greendeal.model.DealStyle
package org.greendeal.rules;
