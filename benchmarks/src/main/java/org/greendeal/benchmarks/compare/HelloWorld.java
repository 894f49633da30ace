package org.greendeal.benchmarks.compare;

/** The JVM's start as a baseline: prints one line and exits, loading nothing else. */
public final class HelloWorld {
  private HelloWorld() {}

  /** Prints a greeting. */
  public static void main(String[] args) {
    System.out.println("hello, world");
  }
}
