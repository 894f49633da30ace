package org.greendeal.model;

/** Whether a knowledge item holds information that the deal forbids to exchange (D-1). */
public enum Sensitivity {
  NONE, COMPETITION, PRIVACY
}
