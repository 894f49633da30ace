package org.greendeal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.Language;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.OrganisationalUnit;
import org.greendeal.model.PartyRole;
import org.greendeal.reporting.FindingsJsonWriter;
import org.greendeal.reporting.ReportFormat;
import org.greendeal.reporting.model.FindingRow;
import org.greendeal.reporting.model.PartyScorecard;
import org.greendeal.reporting.model.Report;
import org.greendeal.rules.Evaluation;
import org.greendeal.store.AuditEvent;
import org.greendeal.store.IssuedToken;
import org.greendeal.store.Page;
import org.greendeal.store.PageRequest;
import org.greendeal.store.RecordCodec;
import org.greendeal.store.StoredRecord;
import org.greendeal.store.TokenRole;

/**
 * The HTTP API under {@code /api}: thin handlers that parse the request, call {@link DealService}
 * and write JSON. Its contract is {@code openapi.json}.
 */
final class ApiRoutes {
  static final String JSON = "application/json";
  /** The media type of an xlsx workbook. */
  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final WebServer server;

  ApiRoutes(WebServer server) {
    this.server = server;
  }

  void register(RoutesConfig routes) {
    routes.get("/health", this::health);
    routes.get("/openapi.json", this::openApi);
    routes.get("/api/deals", this::deals);
    routes.get("/api/deals/{deal}", this::deal);
    routes.get("/api/deals/{deal}/parties", this::parties);
    routes.get("/api/deals/{deal}/parties/{party}", this::party);
    routes.get("/api/deals/{deal}/commitments", this::commitments);
    routes.get("/api/deals/{deal}/commitments/{code}", this::commitment);
    routes.get("/api/deals/{deal}/findings", this::findings);
    routes.get("/api/deals/{deal}/report", this::report);
    routes.post("/api/deals/{deal}/uploads", this::upload);
    routes.get("/api/deals/{deal}/evidence", this::allEvidence);
    routes.get("/api/deals/{deal}/evidence/{kind}", this::list);
    routes.post("/api/deals/{deal}/evidence/{kind}", this::create);
    routes.get("/api/deals/{deal}/evidence/{kind}/{id}", this::read);
    routes.put("/api/deals/{deal}/evidence/{kind}/{id}", this::update);
    routes.delete("/api/deals/{deal}/evidence/{kind}/{id}", this::delete);
    routes.post("/api/deals/{deal}/evidence/{kind}/{id}/publish", this::publish);
    routes.delete("/api/deals/{deal}/evidence/{kind}/{id}/publish", this::withdraw);
    routes.get("/api/deals/{deal}/audit", this::audit);
    routes.post("/api/tokens", this::createToken);
  }

  private void health(Context ctx) {
    ctx.contentType(JSON).result("{\"status\":\"ok\"}");
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
      ctx.contentType(JSON).result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private void deals(Context ctx) {
    List<ObjectNode> all = server.services().stream().map(s -> dealJson(s.deal())).toList();
    page(ctx, Page.of(all, pageRequest(ctx)));
  }

  private void deal(Context ctx) {
    DealService service = service(ctx);
    ObjectNode body = dealJson(service.deal());
    body.put("evidenceRecords", service.visible(viewer(ctx), Optional.empty()).size());
    json(ctx, body);
  }

  private ObjectNode dealJson(Deal deal) {
    ObjectNode node = Json.object();
    node.put("id", deal.id());
    deal.number().ifPresent(n -> node.put("number", n));
    node.set("title", text(deal.title()));
    deal.subtitle().ifPresent(s -> node.set("subtitle", text(s)));
    node.putObject("term").put("start", deal.term().start().toString())
        .put("end", deal.term().end().toString());
    node.put("parties", deal.parties().size());
    node.put("commitments", deal.commitments().size());
    String base = "/api/deals/" + deal.id();
    node.putObject("links").put("self", base).put("parties", base + "/parties")
        .put("commitments", base + "/commitments").put("findings", base + "/findings")
        .put("report", base + "/report").put("evidence", base + "/evidence");
    return node;
  }

  private void parties(Context ctx) {
    DealService service = service(ctx);
    Deal deal = service.dealFor(viewer(ctx));
    List<ObjectNode> all = new java.util.ArrayList<>();
    for (PartyRole role : deal.roles()) {
      all.add(partyJson(deal, role.party().value()));
      for (OrganisationalUnit unit : deal.unitsOf(role.party())) {
        all.add(partyJson(deal, unit.id().value()));
      }
    }
    page(ctx, Page.of(all, pageRequest(ctx)));
  }

  private ObjectNode partyJson(Deal deal, String id) {
    org.greendeal.model.PartyId partyId = org.greendeal.model.PartyId.of(id);
    ObjectNode node = Json.object();
    node.put("id", id);
    Optional<OrganisationalUnit> unit = deal.unit(partyId);
    node.put("name", unit.map(OrganisationalUnit::displayName)
        .orElseGet(() -> deal.party(partyId).orElseThrow().displayName()));
    deal.roleOf(partyId).ifPresent(r -> node.put("role", r.name()));
    unit.ifPresent(u -> node.put("partOf", u.partOf().value()));
    deal.joinedOn(partyId).filter(d -> unit.isEmpty()).ifPresent(d -> node.put("joined", d.toString()));
    node.putObject("links").put("self", "/api/deals/" + deal.id() + "/parties/" + id)
        .put("evidence", "/api/deals/" + deal.id() + "/evidence?party=" + id);
    return node;
  }

  private void party(Context ctx) {
    DealService service = service(ctx);
    Viewer viewer = viewer(ctx);
    Deal deal = service.dealFor(viewer);
    String id = ctx.pathParam("party");
    if (!org.greendeal.model.PartyId.isValid(id) || (deal.party(org.greendeal.model.PartyId.of(id))
        .isEmpty() && deal.unit(org.greendeal.model.PartyId.of(id)).isEmpty())) {
      throw ApiProblem.notFound("no party " + id + " in " + deal.id());
    }
    ObjectNode node = partyJson(deal, id);
    Language lang = language(ctx, service.deal());
    Report report = service.report(viewer, asOf(ctx, service.deal()));
    ArrayNode findings = node.putArray("findings");
    report.parties().stream().filter(p -> p.id().equals(id)).findFirst()
        .map(PartyScorecard::findings).orElse(List.of())
        .forEach(f -> findings.add(findingJson(f, lang)));
    json(ctx, node);
  }

  private static ObjectNode findingJson(FindingRow f, Language lang) {
    ObjectNode node = Json.object();
    node.put("code", f.code());
    f.party().ifPresent(p -> node.put("party", p));
    f.status().ifPresent(s -> node.put("status", s.name()));
    node.put("severity", f.severity().name());
    f.actual().ifPresent(a -> node.put("actual", a));
    f.required().ifPresent(r -> node.put("required", r));
    f.total().ifPresent(t -> node.put("total", t));
    ArrayNode evidence = node.putArray("evidence");
    f.evidence().forEach(evidence::add);
    node.put("message", f.message().in(lang));
    return node;
  }

  private void commitments(Context ctx) {
    DealService service = service(ctx);
    List<ObjectNode> all = service.deal().commitments().stream()
        .map(c -> commitmentJson(service.deal(), c)).toList();
    page(ctx, Page.of(all, pageRequest(ctx)));
  }

  private ObjectNode commitmentJson(Deal deal, Commitment c) {
    ObjectNode node = Json.object();
    node.put("id", c.id().value());
    node.set("title", text(c.title()));
    node.set("text", text(c.text()));
    node.put("obligation", c.obligation().name());
    c.due().ifPresent(d -> node.put("due", d.toString()));
    ArrayNode roles = node.putArray("bindsRoles");
    c.binds().roles().forEach(r -> roles.add(r.name()));
    ArrayNode parties = node.putArray("bindsParties");
    c.binds().parties().forEach(p -> parties.add(p.value()));
    node.putObject("links").put("self", "/api/deals/" + deal.id() + "/commitments/"
        + c.id().value());
    return node;
  }

  private void commitment(Context ctx) {
    DealService service = service(ctx);
    String code = ctx.pathParam("code");
    Commitment c = service.deal().commitments().stream()
        .filter(x -> x.id().value().equals(code)).findFirst()
        .orElseThrow(() -> ApiProblem.notFound("no commitment " + code + " in "
            + service.deal().id()));
    ObjectNode node = commitmentJson(service.deal(), c);
    Language lang = language(ctx, service.deal());
    Evaluation evaluation = service.evaluate(viewer(ctx), asOf(ctx, service.deal()));
    Report report = service.report(viewer(ctx), evaluation.asOf());
    ArrayNode findings = node.putArray("findings");
    report.commitments().stream().filter(o -> o.code().equals(code)).findFirst()
        .ifPresent(o -> o.findings().forEach(f -> findings.add(findingJson(f, lang))));
    json(ctx, node);
  }

  private void findings(Context ctx) {
    DealService service = service(ctx);
    Evaluation evaluation = service.evaluate(viewer(ctx), asOf(ctx, service.deal()));
    StringWriter out = new StringWriter();
    new FindingsJsonWriter(language(ctx, service.deal())).write(evaluation, out);
    ctx.contentType(JSON).result(out.toString());
  }

  private void report(Context ctx) throws IOException {
    DealService service = service(ctx);
    String name = Optional.ofNullable(ctx.queryParam("format")).orElse("json")
        .toLowerCase(Locale.ROOT);
    ReportFormat format = switch (name) {
      case "json" -> ReportFormat.JSON;
      case "html" -> ReportFormat.HTML;
      case "csv" -> ReportFormat.CSV;
      case "xlsx" -> ReportFormat.XLSX;
      default -> throw ApiProblem.badRequest("format",
          "unknown format \"" + name + "\"; expected json, html, csv or xlsx");
    };
    Language lang = language(ctx, service.deal());
    Report report = service.report(viewer(ctx), asOf(ctx, service.deal()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.renderer().render(report, lang, out);
    String type = switch (format) {
      case HTML -> "text/html; charset=utf-8";
      case CSV -> "text/csv; charset=utf-8";
      case XLSX -> XLSX_TYPE;
      default -> JSON;
    };
    if (format == ReportFormat.HTML) {
      // the report is one self-contained page with its styles inline
      ctx.header("Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'");
    }
    if (format.binary() || format == ReportFormat.CSV) {
      ctx.header("Content-Disposition", "attachment; filename=\"" + service.deal().id()
          + "-report." + format.extension() + "\"");
    }
    ctx.contentType(type).result(out.toByteArray());
  }

  private void allEvidence(Context ctx) {
    DealService service = service(ctx);
    Optional<String> kind = Optional.ofNullable(ctx.queryParam("kind"));
    kind.ifPresent(k -> checkKind(k, "kind"));
    listRecords(ctx, service, kind);
  }

  private void list(Context ctx) {
    listRecords(ctx, service(ctx), Optional.of(kind(ctx)));
  }

  private void listRecords(Context ctx, DealService service, Optional<String> kind) {
    Optional<String> party = Optional.ofNullable(ctx.queryParam("party"));
    List<StoredRecord> rows = service.visible(viewer(ctx), kind).stream()
        .filter(r -> party.isEmpty() || party.get().equals(r.owner())).toList();
    page(ctx, Page.of(rows, pageRequest(ctx)).map(r -> recordJson(service, r)));
  }

  private void create(Context ctx) {
    DealService service = service(ctx);
    String kind = kind(ctx);
    StoredRecord created = service.create(viewer(ctx), kind, body(ctx));
    ctx.status(201).header("Location", self(created)).header("ETag", etag(created));
    json(ctx, recordJson(service, created));
  }

  private void read(Context ctx) {
    DealService service = service(ctx);
    StoredRecord row = service.get(viewer(ctx), kind(ctx), id(ctx));
    ctx.header("ETag", etag(row));
    json(ctx, recordJson(service, row));
  }

  private void update(Context ctx) {
    DealService service = service(ctx);
    String kind = kind(ctx);
    long id = id(ctx);
    Viewer viewer = viewer(ctx);
    DealService.requireWriter(viewer);
    int version = ifMatch(ctx);
    StoredRecord updated = service.update(viewer, kind, id, version, body(ctx));
    ctx.header("ETag", etag(updated));
    json(ctx, recordJson(service, updated));
  }

  private void delete(Context ctx) {
    DealService service = service(ctx);
    String kind = kind(ctx);
    long id = id(ctx);
    Viewer viewer = viewer(ctx);
    DealService.requireWriter(viewer);
    StoredRecord deleted = service.delete(viewer, kind, id, ifMatch(ctx));
    ctx.header("ETag", etag(deleted)).status(204);
  }

  private void publish(Context ctx) {
    setPublished(ctx, true);
  }

  private void withdraw(Context ctx) {
    setPublished(ctx, false);
  }

  private void setPublished(Context ctx, boolean published) {
    DealService service = service(ctx);
    String kind = kind(ctx);
    long id = id(ctx);
    Viewer viewer = viewer(ctx);
    DealService.requireTeam(viewer, "only the project team publishes records");
    StoredRecord row = service.publish(viewer, kind, id, ifMatch(ctx), published);
    ctx.header("ETag", etag(row));
    json(ctx, recordJson(service, row));
  }

  private void upload(Context ctx) {
    DealService service = service(ctx);
    Viewer viewer = viewer(ctx);
    DealService.requireWriter(viewer);
    String fileName = uploadName(ctx);
    List<StoredRecord> created = fileName.endsWith(".xlsx")
        ? service.uploadWorkbook(viewer, fileName, ctx.bodyAsBytes())
        : service.upload(viewer, fileName, body(ctx));
    ObjectNode node = Json.object();
    node.put("created", created.size());
    ArrayNode records = node.putArray("records");
    created.forEach(r -> records.addObject().put("id", r.id()).put("kind", r.kind())
        .put("version", r.version()).put("self", self(r)));
    ctx.status(201);
    json(ctx, node);
  }

  /**
   * The uploaded file's name, safe for a file system, by {@code ?filename=} or else the
   * Content-Type: its extension ({@code .yaml}, {@code .yml}, {@code .json}, or {@code .xlsx},
   * always lower case) chooses how it is read.
   */
  private static String uploadName(Context ctx) {
    String name = ctx.queryParam("filename");
    if (name != null) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".xlsx")) {
        String safe = safeName(name.substring(0, name.length() - 5));
        return (safe.isEmpty() ? "upload" : safe) + ".xlsx";
      }
      if (!(lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))) {
        throw new ApiProblem(415, "unsupported-media-type", "Unsupported evidence file",
            "filename " + name + ": expected .yaml, .yml, .json or .xlsx",
            List.of(new ApiProblem.FieldError("filename",
                "expected .yaml, .yml, .json or .xlsx")));
      }
      return safeName(name);
    }
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    if (type.startsWith("application/json")) {
      return "upload.json";
    }
    if (type.contains("yaml")) {
      return "upload.yaml";
    }
    if (type.startsWith(XLSX_TYPE)) {
      return "upload.xlsx";
    }
    throw new ApiProblem(415, "unsupported-media-type", "Unsupported evidence file",
        "send the evidence file as application/json, application/yaml or " + XLSX_TYPE
            + " (or name it with ?filename=FILE.yaml or FILE.xlsx)", List.of());
  }

  /** {@code name} with only letters, digits, dots, hyphens and underscores, at most 100 long. */
  private static String safeName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.length() > 100 ? safe.substring(safe.length() - 100) : safe;
  }

  private void audit(Context ctx) {
    DealService service = service(ctx);
    DealService.requireTeam(viewer(ctx), "only the project team sees the audit trail");
    Page<AuditEvent> events = service.store().audit().list(service.deal().id(), pageRequest(ctx));
    page(ctx, events.map(ApiRoutes::auditJson));
  }

  static ObjectNode auditJson(AuditEvent e) {
    ObjectNode node = Json.object();
    node.put("id", e.id());
    node.put("at", e.at().toString());
    node.put("actor", e.actor());
    node.put("action", e.action());
    e.dealId().ifPresent(d -> node.put("deal", d));
    node.put("subject", e.subject());
    e.before().ifPresent(b -> node.set("before", Json.read(b)));
    e.after().ifPresent(a -> node.set("after", Json.read(a)));
    return node;
  }

  private void createToken(Context ctx) {
    Viewer viewer = viewer(ctx);
    DealService.requireTeam(viewer, "only the project team issues tokens");
    JsonNode body = jsonBody(ctx);
    JsonNode party = body.get("party");
    boolean team = body.path("projectTeam").asBoolean(false);
    if ((party == null || party.isNull()) == !team) {
      throw new ApiProblem(422, "validation", "Invalid token request",
          "name either a party or projectTeam: true", List.of(
              new ApiProblem.FieldError("party", "give a party id, or projectTeam: true")));
    }
    IssuedToken issued;
    if (team) {
      issued = server.store().tokens().create(viewer.actor(), TokenRole.PROJECT_TEAM,
          Optional.empty());
    } else {
      String id = party.asText();
      if (server.services().stream().noneMatch(s -> s.dealFor(Viewer.PUBLIC)
          .find(id).map(p -> p.value().equals(id)).orElse(false))) {
        throw new ApiProblem(422, "validation", "Invalid token request",
            "no deal has a party with id " + id, List.of(
                new ApiProblem.FieldError("party", "unknown party id \"" + id + "\"")));
      }
      issued = server.store().tokens().create(viewer.actor(), TokenRole.PARTY, Optional.of(id));
    }
    ObjectNode node = Json.object();
    node.put("token", issued.token());
    node.put("id", issued.holder().tokenId());
    node.put("role", issued.holder().role().name());
    issued.holder().party().ifPresent(p -> node.put("party", p));
    ctx.status(201);
    json(ctx, node);
  }

  // ---- parsing and writing

  private DealService service(Context ctx) {
    return server.service(ctx.pathParam("deal"));
  }

  private Viewer viewer(Context ctx) {
    return server.viewer(ctx);
  }

  static String kind(Context ctx) {
    return checkKind(ctx.pathParam("kind"), "kind");
  }

  private static String checkKind(String kind, String field) {
    if (!RecordCodec.isKind(kind)) {
      throw ApiProblem.notFound("no kind of record \"" + kind + "\"; expected one of "
          + String.join(", ", RecordCodec.kinds()));
    }
    return kind;
  }

  private static long id(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiProblem.notFound("no record " + ctx.pathParam("id"));
    }
  }

  private static int ifMatch(Context ctx) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      throw new ApiProblem(428, "precondition-required", "Version required",
          "send the version you read in If-Match, as the ETag gave it: If-Match: \"3\"",
          List.of(new ApiProblem.FieldError("If-Match", "missing")));
    }
    String value = header.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "");
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("If-Match", "expected a version such as \"3\", found " + header);
    }
  }

  private static String body(Context ctx) {
    return ctx.body();
  }

  private static JsonNode jsonBody(Context ctx) {
    try {
      JsonNode node = Json.MAPPER.readTree(body(ctx));
      if (node == null || !node.isObject()) {
        throw ApiProblem.badRequest("body", "expected one JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiProblem.badRequest("body", "not JSON: " + e.getOriginalMessage());
    }
  }

  static Language language(Context ctx, Deal deal) {
    String lang = ctx.queryParam("lang");
    if (lang == null) {
      return deal.language();
    }
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "nl" -> Language.NL;
      case "en" -> Language.EN;
      default -> throw ApiProblem.badRequest("lang", "expected nl or en, found \"" + lang + "\"");
    };
  }

  static LocalDate asOf(Context ctx, Deal deal) {
    String text = ctx.queryParam("asOf");
    if (text == null || text.isBlank()) {
      return deal.term().end();
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("asOf", "expected a date YYYY-MM-DD, found \"" + text + "\"");
    }
  }

  static PageRequest pageRequest(Context ctx) {
    int page = intParam(ctx, "page", 1);
    int size = intParam(ctx, "size", 50);
    if (page < 1) {
      throw ApiProblem.badRequest("page", "expected 1 or more, found " + page);
    }
    if (size < 1 || size > PageRequest.MAX_SIZE) {
      throw ApiProblem.badRequest("size", "expected 1 to " + PageRequest.MAX_SIZE + ", found "
          + size);
    }
    return PageRequest.of(page, size);
  }

  private static int intParam(Context ctx, String name, int otherwise) {
    String text = ctx.queryParam(name);
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(name, "expected a whole number, found \"" + text + "\"");
    }
  }

  private static void page(Context ctx, Page<? extends JsonNode> page) {
    ObjectNode node = Json.object();
    ArrayNode items = node.putArray("items");
    page.items().forEach(items::add);
    node.put("page", page.page());
    node.put("size", page.size());
    node.put("total", page.total());
    node.put("pages", page.pages());
    ObjectNode links = node.putObject("links");
    links.put("self", link(ctx, page.page(), page.size()));
    links.put("first", link(ctx, 1, page.size()));
    links.put("last", link(ctx, page.pages(), page.size()));
    if (page.hasNext()) {
      links.put("next", link(ctx, page.page() + 1, page.size()));
    }
    if (page.page() > 1) {
      links.put("prev", link(ctx, Math.min(page.page() - 1, page.pages()), page.size()));
    }
    json(ctx, node);
  }

  private static String link(Context ctx, int page, int size) {
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (e.getKey().equals("page") || e.getKey().equals("size")) {
        continue;
      }
      for (String value : e.getValue()) {
        query.append(query.length() == 0 ? "?" : "&").append(encode(e.getKey())).append('=')
            .append(encode(value));
      }
    }
    query.append(query.length() == 0 ? "?" : "&").append("page=").append(page).append("&size=")
        .append(size);
    return ctx.path() + query;
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static ObjectNode recordJson(DealService service, StoredRecord row) {
    ObjectNode node = Json.object();
    node.put("id", row.id());
    node.put("kind", row.kind());
    row.recordId().ifPresent(r -> node.put("recordId", r));
    node.put("owner", row.owner());
    node.put("version", row.version());
    node.put("published", row.published());
    node.put("flagged", service.flagged(row));
    node.put("createdAt", row.createdAt().toString());
    node.put("updatedAt", row.updatedAt().toString());
    node.set("record", Json.read(row.body()));
    node.putObject("links").put("self", self(row));
    return node;
  }

  static String self(StoredRecord row) {
    return "/api/deals/" + row.dealId() + "/evidence/" + row.kind() + "/" + row.id();
  }

  static String etag(StoredRecord row) {
    return "\"" + row.version() + "\"";
  }

  private static ObjectNode text(LocalizedText text) {
    return Json.object().put("nl", text.nl()).put("en", text.en());
  }

  private static void json(Context ctx, JsonNode node) {
    ctx.contentType(JSON).result(Json.write(node));
  }
}
