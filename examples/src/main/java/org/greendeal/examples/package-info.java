/** Runnable examples of embedding greendeal, one per use, each a main that runs from an IDE. */
package org.greendeal.examples;
