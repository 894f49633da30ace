/** The report model built from an evaluation, and its renderers to text, Markdown, HTML, CSV, JSON and XLSX. */
package org.greendeal.reporting;
