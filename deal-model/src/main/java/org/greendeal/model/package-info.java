/**
 * The domain of a Green Deal as immutable values: the deal, its parties and their roles, its
 * commitments with their criteria, and the evidence records that parties keep; invariants only,
 * no I/O and no judgement (that lives in {@code org.greendeal.rules}).
 */
@DealStyle
package org.greendeal.model;
