/**
 * The agreement importer: reads the text of a Dutch Green Deal agreement (a PDF extract) into a
 * {@link org.greendeal.model.Deal}, with {@link org.greendeal.imports.agreement.AgreementImporter} as
 * its entry point.
 */
package org.greendeal.imports.agreement;
