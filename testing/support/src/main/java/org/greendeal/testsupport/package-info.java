/** What the project's own tests need from the machine they run on, and how they skip without it. */
package org.greendeal.testsupport;
