package org.greendeal.imports.agreement;

import org.greendeal.model.Role;

/**
 * A party as the annex lists it.
 *
 * @param name the name exactly as the annex gives it, white space trimmed and collapsed
 * @param role the role heading above it
 * @param line the line it starts on
 * @param column the column it starts at
 * @param section the heading of the annex that lists it
 */
record AnnexEntry(String name, Role role, int line, int column, String section) {}
