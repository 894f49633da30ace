package org.greendeal.web;

/** The concurrency contract on embedded H2. */
class H2ConcurrencyTest extends ConcurrencyContract {
  @Override
  TestHost host() throws Exception {
    return new TestHost();
  }
}
