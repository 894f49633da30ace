package org.greendeal.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Draws values from a generator outside a property, for tests that look at what a generator
 * produces across many samples ("every criterion kind occurs in 200 deals").
 */
public final class Samples {
  private Samples() {}

  /**
   * Up to {@code count} values of {@code gen}, drawn by QuickTheories with a fixed seed, so the
   * same call gives the same values. QuickTheories skips a draw it has seen before, so fewer
   * values may come back when the generator has few distinct values; its first draws lie at the
   * generator's boundaries (smallest and largest choices).
   *
   * @param gen the generator to draw from
   * @param count how many values to draw, at least 1
   * @param seed the seed of the pseudo-random source
   * @param <T> the type of value
   */
  public static <T> List<T> of(Gen<T> gen, int count, long seed) {
    checkArgument(count >= 1, "count must be at least 1: %s", count);
    List<T> values = new ArrayList<>(count);
    qt().withFixedSeed(seed).withExamples(count).forAll(gen).checkAssert(values::add);
    return List.copyOf(values);
  }
}
