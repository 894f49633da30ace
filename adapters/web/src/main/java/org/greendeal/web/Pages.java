package org.greendeal.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.greendeal.model.Language;

/** The page templates ({@code pages/*.mustache}, mustache.java, HTML-escaped) and their words. */
final class Pages {
  private final MustacheFactory factory = new DefaultMustacheFactory("org/greendeal/web/pages");
  private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

  /** {@code template} rendered with {@code model}. */
  String render(String template, Map<String, Object> model) {
    Mustache mustache = compiled.computeIfAbsent(template,
        t -> factory.compile(t + ".mustache"));
    StringWriter out = new StringWriter();
    mustache.execute(out, model);
    return out.toString();
  }

  /** The words of the pages in {@code language}, as a map: {@code {{l.nav_login}}}. */
  static Map<String, String> words(Language language) {
    return new Words(ResourceBundle.getBundle("org.greendeal.web.web",
        Locale.forLanguageTag(language == Language.NL ? "nl" : "en"),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /** A bundle as a map; a missing key throws, so a typo in a template fails the tests. */
  private static final class Words extends AbstractMap<String, String> {
    private final ResourceBundle bundle;

    Words(ResourceBundle bundle) {
      this.bundle = bundle;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String;
    }

    @Override
    public String get(Object key) {
      return bundle.getString(((String) key).replace('_', '.'));
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
      return Set.of();
    }
  }
}
