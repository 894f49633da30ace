package org.greendeal.reporting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.Map;
import org.greendeal.model.Language;
import org.greendeal.rules.Evaluation;
import org.greendeal.rules.Explanation;
import org.greendeal.rules.Finding;
import org.greendeal.rules.Status;

/**
 * Writes an evaluation as the findings JSON of the public contract: {@code deal}, {@code asOf},
 * {@code findings} (code, party, status, severity, actual, required, total, evidence, message),
 * {@code summary} (findings per status).
 */
public final class FindingsJsonWriter {
  private static final JsonFactory JSON = new JsonFactory();

  private final Language language;
  private final boolean explain;

  /** A writer whose messages are in {@code language}. */
  public FindingsJsonWriter(Language language) {
    this(language, false);
  }

  /**
   * A writer whose messages are in {@code language}; with {@code explain}, each finding also
   * lists under {@code explanation} the records considered, whether each was counted, and why.
   */
  public FindingsJsonWriter(Language language, boolean explain) {
    this.language = language;
    this.explain = explain;
  }

  /** Writes {@code evaluation} to {@code out}, which is flushed and left open. */
  public void write(Evaluation evaluation, Writer out) {
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("deal", evaluation.dealId());
      json.writeStringField("asOf", evaluation.asOf().toString());
      json.writeArrayFieldStart("findings");
      for (Finding finding : evaluation.findings()) {
        writeFinding(finding, json);
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      for (Map.Entry<Status, Integer> entry : evaluation.summary().entrySet()) {
        json.writeNumberField(entry.getKey().name(), entry.getValue());
      }
      json.writeEndObject();
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeFinding(Finding finding, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("code", finding.code());
    if (finding.party().isPresent()) {
      json.writeStringField("party", finding.party().get().value());
    }
    if (finding.status().isPresent()) {
      json.writeStringField("status", finding.status().get().name());
    }
    json.writeStringField("severity", finding.severity().name());
    if (finding.actual().isPresent()) {
      json.writeNumberField("actual", finding.actual().get());
    }
    if (finding.required().isPresent()) {
      json.writeNumberField("required", finding.required().get());
    }
    if (finding.total().isPresent()) {
      json.writeNumberField("total", finding.total().get());
    }
    json.writeArrayFieldStart("evidence");
    for (String ref : finding.evidence()) {
      json.writeString(ref);
    }
    json.writeEndArray();
    json.writeStringField("message", finding.message(language));
    if (explain) {
      json.writeArrayFieldStart("explanation");
      for (Explanation.Considered c : finding.explanation().considered()) {
        json.writeStartObject();
        json.writeStringField("record", c.record());
        json.writeBooleanField("counted", c.counted());
        json.writeStringField("reason", c.reason().in(language));
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }
}
