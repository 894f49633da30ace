/** The line at the end of the build that names the tests it skipped. */
package org.greendeal.testsummary;
