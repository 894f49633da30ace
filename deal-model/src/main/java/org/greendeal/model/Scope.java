package org.greendeal.model;

/** Whether a commitment binds each bound party on its own or all of them together. */
public enum Scope {
  /** One finding per bound party ("elke inkopende deelnemer"). */
  EACH,
  /** One deal-wide finding for all bound parties together ("de Rijksoverheid"). */
  TOGETHER
}
