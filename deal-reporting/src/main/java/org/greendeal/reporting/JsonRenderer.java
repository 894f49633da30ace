package org.greendeal.reporting;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import org.greendeal.model.Language;
import org.greendeal.reporting.model.Report;

/**
 * The report model as JSON: dates as ISO strings, amounts as numbers, absent values left out;
 * texts keep both languages ({@code {"nl": ..., "en": ...}}), so the language is not used.
 */
public final class JsonRenderer implements Renderer {
  private static final ObjectMapper MAPPER = mapper();

  /** The mapper that writes and reads the report model. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
        .build();
  }

  @Override
  public void render(Report report, Language language, OutputStream out) throws IOException {
    MAPPER.writeValue(out, report);
    out.write('\n');
    out.flush();
  }
}
