/**
 * Evidence spreadsheets: an empty template to fill in (xlsx with one sheet per record type, or the
 * header of a CSV file for one type) and the importer that reads a filled-in one back as evidence.
 *
 * <p>{@link org.greendeal.imports.spreadsheet.SpreadsheetTemplate} writes the template, {@link
 * org.greendeal.imports.spreadsheet.SpreadsheetImporter} reads it, and {@link
 * org.greendeal.imports.spreadsheet.SheetType} names the record types and their sheets. Bad input is
 * refused whole with every problem located by sheet and cell ({@code file.xlsx:Trajecten!C7}) or
 * by line and column ({@code file.csv:7:3}).
 */
package org.greendeal.imports.spreadsheet;
