package org.greendeal.imports.agreement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.greendeal.model.Criterion;

/** The shared agreement text of the built-in deal, small illustrative texts, and test helpers. */
final class AgreementTexts {
  static final String GDCI = "agreement/green-deal-circulair-inkopen-2.0.txt";
  static final String GDCI_ONE_LINE = "agreement/gdci-2.0-one-line-per-item.txt";

  private AgreementTexts() {}

  /** The text of a test resource. */
  static String resource(String name) {
    try (InputStream in = AgreementTexts.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A small, illustrative agreement text (not a real deal): a header with {@code header} bullets,
   * an end date, one "Inzet en acties" section with {@code commitments} as bullets, and an annex
   * with two parties per role.
   */
  static String small(List<String> header, List<String> commitments) {
    StringBuilder t = new StringBuilder("Green Deal Voorbeeld - Een illustratieve tekst\n\n");
    t.append("Betrokken partijen\n");
    header.forEach(h -> t.append("-- ").append(h).append('\n'));
    t.append("\nEinddatum: 31 december 2021.\nOndertekend te Den Haag op 1 maart 2019.\n\n");
    t.append("Inzet en acties partijen\n");
    commitments.forEach(c -> t.append("-- ").append(c).append('\n'));
    t.append("\nBijlage 1 Alle betrokken partijen\n");
    t.append("Faciliterende partners\n-- Stichting Voorbeeld\n-- Vereniging Proef\n\n");
    t.append("Kennispartners\n-- Kennisbureau Een\n-- Kennisbureau Twee\n\n");
    t.append("Inkopende deelnemers\n-- Gemeente Voorbeeldstad\n-- Provincie Proefland\n\n");
    t.append("Rijksoverheid\n-- Ministerie van Infrastructuur en Waterstaat (IenW)\n");
    t.append("-- Ministerie van Economische Zaken en Klimaat (EZK)\n");
    return t.toString();
  }

  /** {@link #small} with a header naming two parties per role and the national government. */
  static String small(String... commitments) {
    return small(List.of("2 faciliterende partners", "2 kennispartners",
        "2 inkopende deelnemers", "Rijksoverheid"), List.of(commitments));
  }

  /** The counts (atLeast) and caps (sumPerYear) in {@code criterion}, in order. */
  static List<BigDecimal> quantities(Criterion criterion) {
    List<BigDecimal> into = new ArrayList<>();
    collect(criterion, into);
    return into;
  }

  private static void collect(Criterion criterion, List<BigDecimal> into) {
    if (criterion instanceof Criterion.AtLeast a) {
      into.add(BigDecimal.valueOf(a.count()));
    } else if (criterion instanceof Criterion.SumPerYearAtMost s) {
      into.add(s.atMost().stripTrailingZeros());
    } else if (criterion instanceof Criterion.AnyOf any) {
      any.options().forEach(o -> collect(o, into));
    } else if (criterion instanceof Criterion.AllOf all) {
      all.parts().forEach(p -> collect(p, into));
    }
  }
}
