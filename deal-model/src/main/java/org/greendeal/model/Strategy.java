package org.greendeal.model;

/** The R-ladder of circular strategies, from refuse (best) to recover. */
public enum Strategy {
  REFUSE, RETHINK, REDUCE, REUSE, REPAIR, REFURBISH, REMANUFACTURE, REPURPOSE, RECYCLE, RECOVER
}
