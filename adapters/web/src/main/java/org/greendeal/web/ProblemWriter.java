package org.greendeal.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/** Writes a problem as RFC 9457 {@code application/problem+json}; never a stack trace. */
final class ProblemWriter {
  static final String CONTENT_TYPE = "application/problem+json";

  private ProblemWriter() {}

  static void write(Context ctx, ApiProblem problem) {
    ObjectNode body = Json.object();
    body.put("type", problem.type());
    body.put("title", problem.title());
    body.put("status", problem.status());
    body.put("detail", problem.detail());
    body.put("instance", ctx.path());
    if (!problem.errors().isEmpty()) {
      ArrayNode errors = body.putArray("errors");
      for (ApiProblem.FieldError e : problem.errors()) {
        errors.addObject().put("field", e.field()).put("message", e.message());
      }
    }
    problem.headers().forEach(ctx::header);
    ctx.status(problem.status()).contentType(CONTENT_TYPE).result(Json.write(body));
  }
}
