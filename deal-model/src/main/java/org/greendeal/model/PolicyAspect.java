package org.greendeal.model;

/** The three aspects of procurement in which IP-2 asks circular procurement to be integrated. */
public enum PolicyAspect {
  PROCESS, POLICY, STRATEGY
}
