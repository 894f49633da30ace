package org.greendeal.model;

/** The kinds of instrument facilitating partners develop (FP-3). */
public enum InstrumentKind {
  WORK_METHOD, PROCUREMENT_INSTRUMENT, KNOWLEDGE_TRANSFER
}
