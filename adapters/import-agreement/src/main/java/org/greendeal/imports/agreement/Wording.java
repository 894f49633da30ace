package org.greendeal.imports.agreement;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.greendeal.model.Obligation;

/**
 * What kind of promise a sentence makes, from its wording: a prohibition ("geen" with
 * "informatie" or "gegevens" and "uitgewisseld", "gedeeld", "delen", "verstrekt"), a limit
 * ("maximaal"), a result ("minimaal", "ten minste", "wijzen ... aan", "begeleiden ieder",
 * "zorgen ... voor aantoonbare") or an effort ("spannen zich in", "zet zich in", "stimuleren",
 * "delen", "ondersteunen", "onderzoeken", "dragen bij", "nemen actief deel", "nodigen ... uit",
 * "organiseren", "ontwikkelen", "zoveel mogelijk"). The first kind that matches, in that order,
 * wins.
 */
final class Wording {
  private static final List<Rule> RULES = List.of(
      rule(Obligation.PROHIBITION, "^(?=.*\\bgeen\\b)(?=.*(?:informatie|gegevens)\\b)(?=.*\\b"
          + "(?:uitgewisseld|uitwisselen|wisselen|gedeeld|delen|deelt|verstrekt|verstrekken)\\b)"),
      rule(Obligation.LIMIT, "\\b(?:maximaal|ten hoogste|hooguit|niet meer dan)\\b"),
      rule(Obligation.RESULT, "\\b(?:minimaal|ten minste|tenminste|minstens)\\b"),
      rule(Obligation.RESULT, "\\bwijz(?:en|t)\\b.*\\baan\\b|\\baan(?:wijzen|gewezen|wijst)\\b"),
      rule(Obligation.RESULT, "\\bbegeleid(?:en|t) (?:ieder|elk)\\b"),
      rule(Obligation.RESULT, "\\bzorg(?:en|t)\\b.*\\bvoor aantoonbare\\b"),
      rule(Obligation.EFFORT, "\\b(?:spannen|spant|zetten|zet)\\s+zich\\s+(?:\\S+\\s+)?in\\b"),
      rule(Obligation.EFFORT, "\\b(?:stimuleren|stimuleert|delen|deelt|ondersteunen|ondersteunt"
          + "|onderzoeken|onderzoekt|organiseren|organiseert|ontwikkelen|ontwikkelt)\\b"),
      rule(Obligation.EFFORT, "\\b(?:dragen|draagt)\\s+(?:\\S+\\s+){0,2}?bij\\b"),
      rule(Obligation.EFFORT, "\\b(?:nemen|neemt)\\s+(?:\\S+\\s+)?deel\\b"),
      rule(Obligation.EFFORT, "\\bnodig(?:en|t)\\b.{0,80}?\\buit\\b|\\buitnodigen\\b"),
      rule(Obligation.EFFORT, "\\bzo ?veel mogelijk\\b"));

  private Wording() {}

  /** The kind of promise that {@code sentence} makes, if its wording says so. */
  static Optional<Obligation> obligation(String sentence) {
    String text = Texts.lower(sentence);
    return RULES.stream().filter(r -> r.pattern().matcher(text).find()).map(Rule::obligation)
        .findFirst();
  }

  /** Whether {@code sentence} prohibits exchanging information ("geen ... uitgewisseld"). */
  static boolean prohibits(String sentence) {
    return obligation(sentence).equals(Optional.of(Obligation.PROHIBITION));
  }

  private static Rule rule(Obligation obligation, String regex) {
    return new Rule(obligation, Pattern.compile(regex, Pattern.UNICODE_CASE));
  }

  private record Rule(Obligation obligation, Pattern pattern) {}
}
