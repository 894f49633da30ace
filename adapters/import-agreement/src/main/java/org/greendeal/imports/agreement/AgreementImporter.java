package org.greendeal.imports.agreement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.Deal;

/**
 * Reads the text of a Dutch Green Deal agreement, as a PDF extract gives it, into a {@link Deal}:
 * its title, the number of parties per role its header promises, the parties of its annex with
 * their roles and ids, the units it names, its term, and one commitment per bullet of "Inzet en
 * acties", each bound, classified (EFFORT, RESULT, LIMIT, PROHIBITION) and given a criterion from
 * its wording, plus the prohibition on exchanging sensitive information as D-1.
 * docs/importers/agreement.md describes what it reads and how.
 *
 * <p>Layout does not matter: lines wrapped anywhere, blank lines inside items, CRLF line ends, page
 * breaks and spaces at either end of a line give the same deal. A text it cannot read is refused
 * whole with an {@link InputException} that lists every problem by line and column; what it read
 * but could not classify is kept (as an EFFORT judged by an effort record) and reported as a
 * warning. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * AgreementImport result = AgreementImporter.standard().read(Path.of("agreement.txt"));
 * result.warnings().forEach(System.err::println);
 * String yaml = DealFiles.toYaml(result.deal());
 * }</pre>
 */
public final class AgreementImporter {
  /** The largest text read, in bytes; an agreement is a few pages. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final Pattern DEAL_ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");

  private final ImmutableList<Deal> known;
  private final Optional<LocalDate> signed;
  private final Optional<String> dealId;

  private AgreementImporter(ImmutableList<Deal> known, Optional<LocalDate> signed,
      Optional<String> dealId) {
    this.known = known;
    this.signed = signed;
    this.dealId = dealId;
  }

  /**
   * An importer that knows the deals of {@link DealCatalog#standard()}: for a text with the same
   * title as one of them it takes the English title, the number and (when the text states none)
   * the signing date from there, and the English of any commitment with the same Dutch text.
   */
  public static AgreementImporter standard() {
    DealCatalog catalog = DealCatalog.standard();
    return knowing(catalog.ids().stream().map(catalog::resolve).toList());
  }

  /** An importer that knows {@code deals} (none: it takes nothing from elsewhere). */
  public static AgreementImporter knowing(Iterable<Deal> deals) {
    return new AgreementImporter(ImmutableList.copyOf(deals), Optional.empty(), Optional.empty());
  }

  /**
   * This importer with {@code date} as the signing date and the first day of the term, whatever
   * the text says (a different date in the text is reported as a warning).
   */
  public AgreementImporter signedOn(LocalDate date) {
    return new AgreementImporter(known, Optional.of(checkNotNull(date, "date is null")), dealId);
  }

  /**
   * This importer giving the deal the id {@code id} rather than one made of its title.
   *
   * @throws IllegalArgumentException unless {@code id} is lower-case letters, digits, dots and
   *     hyphens, starting with a letter or digit
   */
  public AgreementImporter withDealId(String id) {
    checkArgument(id != null && DEAL_ID.matcher(id).matches(),
        "deal id must be lower-case letters, digits, dots and hyphens: \"%s\"", id);
    return new AgreementImporter(known, signed, Optional.of(id));
  }

  /** Whether {@code id} may be given to {@link #withDealId}. */
  public static boolean isValidDealId(String id) {
    return id != null && DEAL_ID.matcher(id).matches();
  }

  /**
   * The deal in the agreement text {@code file} (UTF-8), named in problems as the path was given.
   *
   * @throws InputException if the file cannot be read, is not UTF-8, or is not an agreement text
   *     it can read
   */
  public AgreementImport read(Path file) {
    checkNotNull(file, "file is null");
    String name = file.toString();
    return read(name, text(file, name));
  }

  /**
   * The deal in the agreement text {@code text}; {@code fileName} names it in problems.
   *
   * @throws InputException if it is not an agreement text it can read
   */
  public AgreementImport read(String fileName, String text) {
    checkNotNull(fileName, "file name is null");
    checkNotNull(text, "text is null");
    if (text.isBlank()) {
      throw new InputException(new Problem(fileName, 1, 1, "", "the text is empty; expected an"
          + " agreement text with a title, \"Inzet en acties\" and an annex of parties"));
    }
    return new AgreementReader(fileName, new KnownDeals(known), signed, dealId).read(text);
  }

  private static String text(Path file, String name) {
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new InputException(Problem.ofFile(name, "is a directory; expected a text file"));
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(Problem.ofFile(name, "is larger than " + MAX_BYTES / 1024 / 1024
            + " MB; expected an agreement text of a few pages"));
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(Problem.ofFile(name, "file not found"));
    } catch (AccessDeniedException e) {
      throw new InputException(Problem.ofFile(name, "cannot be read: permission denied"));
    } catch (IOException e) {
      throw new InputException(Problem.ofFile(name, "cannot be read: " + e.getMessage()));
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(notUtf8(name, bytes));
    }
  }

  private static Problem notUtf8(String name, byte[] bytes) {
    String before = new String(bytes, StandardCharsets.UTF_8);
    int bad = before.indexOf('\uFFFD');
    String head = bad < 0 ? before : before.substring(0, bad);
    int line = (int) head.chars().filter(c -> c == '\n').count() + 1;
    int column = head.length() - head.lastIndexOf('\n');
    return new Problem(name, line, column, "", "not UTF-8; expected the text saved as UTF-8"
        + " (a PDF extract with pdftotext -enc UTF-8)");
  }
}
