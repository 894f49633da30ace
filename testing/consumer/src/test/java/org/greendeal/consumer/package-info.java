/** The README's embedding section, held equal to the consumer project that builds and runs it. */
package org.greendeal.consumer;
