package org.greendeal.testkit;

import org.greendeal.model.Deal;
import org.greendeal.rules.Rule;
import org.greendeal.rules.RuleSet;

/**
 * The engine's own compiled commitments keep the {@link RuleContract} too: IP-1 (an any-of of two
 * at-least criteria), compiled from the example deal and added beside its other commitments.
 */
class CompiledCommitmentRuleTest implements RuleContract {
  private static final Deal DEAL = ExampleDeal.without("IP-1");
  private static final Rule IP_1 = RuleSet.compile(ExampleDeal.deal()).rule("IP-1").orElseThrow();

  @Override
  public Rule rule() {
    return IP_1;
  }

  @Override
  public Deal deal() {
    return DEAL;
  }
}
