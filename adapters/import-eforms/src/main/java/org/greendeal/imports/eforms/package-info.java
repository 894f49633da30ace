/**
 * The eForms importer: reads eForms UBL notices (contract, prior information and contract award
 * notices) safely and turns each lot with the circular-economy objective into a trajectory.
 */
package org.greendeal.imports.eforms;
