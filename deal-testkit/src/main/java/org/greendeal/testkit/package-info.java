/** QuickTheories generators of deals and evidence, and contract tests that teams implement for their own rules. */
package org.greendeal.testkit;
