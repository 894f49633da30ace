package org.greendeal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names exactly the API routes the server registers: it cannot drift. */
class OpenApiTest {
  private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

  @Test
  void theDocumentsPathsAndMethodsAreTheRegisteredApiRoutes() throws Exception {
    try (TestHost host = new TestHost()) {
      JsonNode doc = host.http.get("/openapi.json").send().json();
      Set<String> documented = new TreeSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields();
          paths.hasNext(); ) {
        Map.Entry<String, JsonNode> path = paths.next();
        path.getValue().fieldNames().forEachRemaining(method ->
            documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey()));
      }
      Set<String> registered = new TreeSet<>();
      for (String route : host.server.routes()) {
        String[] parts = route.split(" ", 2);
        String path = parts[1];
        if (METHODS.contains(parts[0]) && (path.startsWith("/api/") || path.equals("/health")
            || path.equals("/openapi.json"))) {
          registered.add(route);
        }
      }

      assertThat(documented).isEqualTo(registered);
      assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    }
  }

  @Test
  void everyOperationDocumentsItsResponsesAndEveryPathParameter() throws Exception {
    try (TestHost host = new TestHost()) {
      JsonNode doc = host.http.get("/openapi.json").send().json();
      doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields()
          .forEachRemaining(op -> {
            assertThat(op.getValue().get("responses").size()).as(path.getKey()).isPositive();
            Set<String> params = new TreeSet<>();
            op.getValue().path("parameters").forEach(p -> {
              if (p.get("in").asText().equals("path")) {
                params.add(p.get("name").asText());
              }
            });
            Set<String> inPath = new TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}")
                .matcher(path.getKey());
            while (m.find()) {
              inPath.add(m.group(1));
            }
            assertThat(params).as(op.getKey() + " " + path.getKey()).isEqualTo(inPath);
          }));
    }
  }
}
