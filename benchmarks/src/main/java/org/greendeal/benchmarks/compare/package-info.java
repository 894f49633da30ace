/**
 * The side-by-side comparison of issue 12: a seeded evidence generator for the built-in deal, and
 * five judges of the same generated file (a hand-written streaming pass, Drools, Easy Rules, the
 * project's API and its command line) that must agree on every finding before they are timed.
 * {@code benchmarks/compare/run} runs them; docs/PERFORMANCE.md shows what they gave.
 */
package org.greendeal.benchmarks.compare;
