/**
 * Codecs for deal and evidence files (YAML, JSON), the deal catalogue, and importers.
 *
 * <p>{@link org.greendeal.io.DealFiles} and {@link org.greendeal.io.EvidenceFiles} read and write
 * the files; {@link org.greendeal.io.DealCatalog} finds a deal by id or path. A bad file is refused
 * whole with an {@link org.greendeal.io.InputException} that lists every
 * {@link org.greendeal.io.Problem} by file, line, column and field. Internally a file is parsed
 * into a tree of located nodes ({@code Node}) and bound by hand ({@code Fields}, {@code Values}),
 * so that every problem is found and located, not only the first.
 */
package org.greendeal.io;
