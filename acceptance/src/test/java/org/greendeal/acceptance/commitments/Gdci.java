package org.greendeal.acceptance.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.greendeal.io.DealCatalog;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.model.Deal;
import org.greendeal.model.Language;
import org.greendeal.model.PartyId;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.RuleSet;
import org.greendeal.rules.Severity;
import org.greendeal.rules.Status;

/**
 * The built-in deal judging an evidence file written as YAML text, as {@code greendeal check
 * --evidence evidence.yaml [--as-of DATE]} would: the file is named {@code evidence.yaml}, so
 * records without an id are named {@code evidence.yaml:LINE}, the text block's first line being
 * line 1.
 */
final class Gdci {
  static final String FILE = "evidence.yaml";
  static final Deal DEAL = DealCatalog.standard().builtIn();
  static final RuleSet RULES = RuleSet.compile(DEAL);


  private Gdci() {}

  /** Judges {@code yaml} as of the term's end (the default as-of date). */
  static Evaluation judge(String yaml) {
    return RULES.evaluate(EvidenceFiles.read(FILE, yaml));
  }

  /** Judges {@code yaml} as of {@code asOf} (ISO date), as {@code --as-of} does. */
  static Evaluation judge(String yaml, String asOf) {
    return RULES.evaluate(EvidenceFiles.read(FILE, yaml), LocalDate.parse(asOf));
  }

  /** {@code evidence.yaml:line}. */
  static String line(int line) {
    return FILE + ":" + line;
  }

  static PartyId id(String party) {
    return PartyId.of(party);
  }

  /** The one finding on {@code code} for {@code party}; fails, listing the code's findings, if none. */
  static FindingCheck finding(Evaluation evaluation, String code, String party) {
    return new FindingCheck(evaluation.finding(code, id(party)).orElseGet(() -> fail(
        "no single finding " + code + " for " + party + " in " + describe(evaluation.findings(code)))));
  }

  /** The one deal-wide finding on {@code code}. */
  static FindingCheck dealWide(Evaluation evaluation, String code) {
    return new FindingCheck(evaluation.dealWideFinding(code).orElseGet(() -> fail(
        "no single deal-wide finding " + code + " in " + describe(evaluation.findings(code)))));
  }

  /** The data findings with {@code code} (such as {@code DATA-OUT-OF-TERM}). */
  static List<Finding> data(Evaluation evaluation, String code) {
    return evaluation.findings(code);
  }

  /** The one data finding with {@code code} whose evidence names {@code record}. */
  static FindingCheck dataFinding(Evaluation evaluation, String code, String record) {
    List<Finding> found = evaluation.findings(code).stream()
        .filter(f -> f.evidence().contains(record)).toList();
    if (found.size() != 1) {
      fail("expected one " + code + " naming " + record + " in " + describe(evaluation.findings()));
    }
    return new FindingCheck(found.get(0));
  }

  /** All data findings (codes starting with DATA-). */
  static List<Finding> dataFindings(Evaluation evaluation) {
    return evaluation.findings().stream().filter(f -> f.code().startsWith("DATA-")).toList();
  }

  static String describe(List<Finding> findings) {
    return findings.stream().map(Gdci::describe).collect(Collectors.joining("\n  ", "[\n  ", "\n]"));
  }

  static String describe(Finding f) {
    return f.code() + " " + f.party().map(PartyId::value).orElse("(deal)") + " "
        + f.status().map(Enum::name).orElse("-") + " " + f.severity()
        + " actual=" + f.actual().map(String::valueOf).orElse("-")
        + " required=" + f.required().map(String::valueOf).orElse("-")
        + " total=" + f.total().map(String::valueOf).orElse("-")
        + " evidence=" + f.evidence() + " en=\"" + f.message(Language.EN) + "\"";
  }

  /** Fluent checks on one finding. */
  static final class FindingCheck {
    final Finding finding;

    FindingCheck(Finding finding) {
      this.finding = finding;
    }

    FindingCheck is(Status status, Severity severity) {
      assertThat(finding.status()).as("status of %s", describe(finding)).contains(status);
      assertThat(finding.severity()).as("severity of %s", describe(finding)).isEqualTo(severity);
      return this;
    }

    /** A data finding: no status, the given severity. */
    FindingCheck isData(Severity severity) {
      assertThat(finding.status()).as("status of %s", describe(finding)).isEmpty();
      assertThat(finding.severity()).as("severity of %s", describe(finding)).isEqualTo(severity);
      return this;
    }

    FindingCheck counts(int actual, int required) {
      assertThat(finding.actual()).as("actual of %s", describe(finding)).contains(actual);
      assertThat(finding.required()).as("required of %s", describe(finding)).contains(required);
      return this;
    }

    FindingCheck noCounts() {
      assertThat(finding.actual()).as("actual of %s", describe(finding)).isEmpty();
      assertThat(finding.required()).as("required of %s", describe(finding)).isEmpty();
      return this;
    }

    FindingCheck total(int total) {
      assertThat(finding.total()).as("total of %s", describe(finding)).contains(total);
      return this;
    }

    FindingCheck evidence(String... records) {
      assertThat(finding.evidence()).as("evidence of %s", describe(finding))
          .containsExactlyInAnyOrder(records);
      return this;
    }

    FindingCheck noEvidence() {
      assertThat(finding.evidence()).as("evidence of %s", describe(finding)).isEmpty();
      return this;
    }

    FindingCheck party(String party) {
      assertThat(finding.party()).as("party of %s", describe(finding)).contains(id(party));
      return this;
    }

    /** Both the Dutch and the English message contain the given texts. */
    FindingCheck messagesContain(String... texts) {
      for (Language language : Language.values()) {
        assertThat(finding.message(language)).as("%s message of %s", language, describe(finding))
            .contains(texts);
      }
      return this;
    }

    FindingCheck messageContains(Language language, String... texts) {
      assertThat(finding.message(language)).as("%s message of %s", language, describe(finding))
          .contains(texts);
      return this;
    }

    FindingCheck messagesDoNotContain(String... texts) {
      for (Language language : Language.values()) {
        assertThat(finding.message(language)).as("%s message of %s", language, describe(finding))
            .doesNotContain(texts);
      }
      return this;
    }
  }
}
