package org.greendeal.imports.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.greendeal.io.Problem;
import org.greendeal.model.Deal;

/**
 * What the agreement importer made of a text: the deal, and what it warns about, each warning
 * located like a problem ({@code file:line:column: section: message}): a header count that
 * disagrees with the annex, an abbreviation the annex writes otherwise than the text, a name
 * whose punctuation was dropped for display, a commitment whose wording it could not classify, a
 * date it took from a known deal.
 *
 * @param deal the deal read from the text
 * @param warnings what the reader of the deal should know, in the text's order per kind
 */
public record AgreementImport(Deal deal, List<Problem> warnings) {
  public AgreementImport {
    checkNotNull(deal, "deal is null");
    warnings = List.copyOf(warnings);
  }
}
