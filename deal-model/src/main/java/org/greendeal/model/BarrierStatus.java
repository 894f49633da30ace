package org.greendeal.model;

/** How far a barrier in laws or regulations has been dealt with. */
public enum BarrierStatus {
  OPEN, ADDRESSED, RESOLVED
}
