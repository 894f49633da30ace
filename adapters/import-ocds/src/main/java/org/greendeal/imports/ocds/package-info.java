/**
 * The OCDS importer: OCDS 1.1 JSON with the sustainability extension (release packages, record
 * packages, single releases) read into trajectories, one per tender or lot whose goal is
 * {@code environmental.circularEconomy}; {@link org.greendeal.imports.ocds.OcdsImporter} is the entry
 * point.
 */
package org.greendeal.imports.ocds;
