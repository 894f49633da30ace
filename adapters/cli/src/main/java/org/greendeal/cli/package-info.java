/** The picocli command line: deal, check, report and import. */
package org.greendeal.cli;
