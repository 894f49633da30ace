package org.greendeal.web;

import java.util.List;
import java.util.Map;

/**
 * A request that cannot be served, as an RFC 9457 problem: thrown by the core, written by
 * {@link ProblemWriter} as {@code application/problem+json} (or as an HTML page), never with a
 * stack trace.
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String type;
  private final String title;
  private final List<FieldError> errors;
  private final Map<String, String> headers;

  /**
   * A problem.
   *
   * @param status the HTTP status
   * @param type a short name of the kind of problem, such as {@code validation}
   * @param title what kind of problem it is, the same for every problem of the type
   * @param detail what is wrong with this request
   * @param errors the fields at fault, if any
   */
  public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
    this(status, type, title, detail, errors, Map.of());
  }

  ApiProblem(int status, String type, String title, String detail, List<FieldError> errors,
      Map<String, String> headers) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.headers = Map.copyOf(headers);
  }

  /**
   * One field at fault.
   *
   * @param field the field, such as {@code kind}, {@code trajectories[2].started} or {@code asOf}
   * @param message what is wrong, and where when the input was a file ({@code file:line:column})
   */
  public record FieldError(String field, String message) {}

  static ApiProblem badRequest(String field, String message) {
    return new ApiProblem(400, "bad-request", "Bad request", field + ": " + message,
        List.of(new FieldError(field, message)));
  }

  static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "unauthorized", "Authentication required", detail, List.of(),
        Map.of("WWW-Authenticate", "Bearer realm=\"greendeal\""));
  }

  static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "forbidden", "Not allowed", detail, List.of());
  }

  static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "not-found", "Not found", detail, List.of());
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** The type, as the URI {@code urn:greendeal:problem:<name>}. */
  public String type() {
    return "urn:greendeal:problem:" + type;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The detail. */
  public String detail() {
    return getMessage();
  }

  /** The fields at fault. */
  public List<FieldError> errors() {
    return errors;
  }

  /** Headers the response must carry, such as {@code WWW-Authenticate}. */
  public Map<String, String> headers() {
    return headers;
  }
}
