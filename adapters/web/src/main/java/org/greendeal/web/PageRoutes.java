package org.greendeal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Commitment;
import org.greendeal.model.Deal;
import org.greendeal.model.KnowledgeItem;
import org.greendeal.model.Language;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.reporting.Labels;
import org.greendeal.reporting.model.CommitmentOverview;
import org.greendeal.reporting.model.FindingRow;
import org.greendeal.reporting.model.PartyScorecard;
import org.greendeal.reporting.model.Report;
import org.greendeal.reporting.model.RoleStatuses;
import org.greendeal.rules.Status;
import org.greendeal.store.AuditEvent;
import org.greendeal.store.Page;
import org.greendeal.store.PageRequest;
import org.greendeal.store.RecordCodec;
import org.greendeal.store.StoredRecord;

/**
 * The server-rendered pages, in Dutch and English, working without JavaScript: the dashboard, a
 * page per party and per commitment, the evidence forms, the lessons learned, the audit trail and
 * the login. Handlers parse, call {@link DealService} and render a template.
 */
final class PageRoutes {
  private static final Pages PAGES = new Pages();
  private static final String HTML = "text/html; charset=utf-8";

  private final WebServer server;

  PageRoutes(WebServer server) {
    this.server = server;
  }

  void register(RoutesConfig routes) {
    routes.before(this::checkCsrf);
    routes.get("/", this::dashboard);
    routes.get("/static/greendeal.css", this::css);
    routes.get("/parties/{party}", this::party);
    routes.get("/commitments/{code}", this::commitment);
    routes.get("/lessons", this::lessons);
    routes.get("/audit", this::audit);
    routes.get("/review", this::review);
    routes.get("/tokens", this::tokenForm);
    routes.post("/tokens", this::createToken);
    routes.get("/login", this::loginForm);
    routes.post("/login", this::login);
    routes.post("/logout", this::logout);
    routes.get("/evidence/{kind}/new", this::newForm);
    routes.post("/evidence/{kind}", this::create);
    routes.get("/evidence/{kind}/{id}/edit", this::editForm);
    routes.post("/evidence/{kind}/{id}", this::update);
    routes.post("/evidence/{kind}/{id}/delete", this::delete);
    routes.post("/evidence/{kind}/{id}/publish", this::publish);
  }

  // ---- pages

  private void dashboard(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Labels labels = new Labels(lang);
    Viewer viewer = server.viewer(ctx);
    Report report = service.report(viewer, service.deal().term().end());
    Map<String, Object> model = base(ctx, lang, report.header().title().in(lang));
    model.put("dealId", service.deal().id());
    model.put("illustrative", report.header().illustrative());
    model.put("illustrativeText", labels.get("report.illustrative"));
    model.put("term", labels.date(report.header().termStart()) + " – "
        + labels.date(report.header().termEnd()));
    model.put("asOf", labels.date(report.header().asOf()));
    model.put("records", report.header().evidenceRecords());
    model.put("statuses", counts(report.summary().statuses(), labels));
    model.put("totals", String.format(words(lang).get("dashboard.totals"),
        report.summary().errors(), report.summary().warnings()));
    model.put("roleChart", Charts.roles(report.summary().byRole(), labels));
    List<Status> present = new ArrayList<>();
    for (Status s : Status.values()) {
      if (report.summary().byRole().stream().anyMatch(r -> r.counts().containsKey(s))) {
        present.add(s);
      }
    }
    model.put("statusColumns", present.stream().map(labels::status).toList());
    model.put("legend", Charts.legend(present, labels));
    List<Map<String, Object>> roleRows = new ArrayList<>();
    for (RoleStatuses r : report.summary().byRole()) {
      roleRows.add(Map.of("role", labels.role(r.role()), "cells",
          present.stream().map(s -> String.valueOf(r.counts().getOrDefault(s, 0))).toList()));
    }
    model.put("roleRows", roleRows);
    model.put("results", report.summary().results().stream().map(r -> Map.<String, Object>of(
        "code", r.code(), "title", r.title().in(lang), "met", r.met(), "bound", r.bound(),
        "percent", r.percent())).toList());
    model.put("timeline", Charts.timeline(report.timeline(), labels));
    Map<Role, List<Map<String, Object>>> byRole = new EnumMap<>(Role.class);
    for (PartyScorecard card : report.parties()) {
      byRole.computeIfAbsent(card.role(), r -> new ArrayList<>()).add(Map.of("id", card.id(),
          "name", card.name(), "percent", card.percent(), "fulfilled", card.fulfilled(),
          "applicable", card.applicable()));
    }
    List<Map<String, Object>> roles = new ArrayList<>();
    byRole.forEach((role, parties) -> roles.add(Map.of("role", labels.role(role), "parties",
        parties)));
    model.put("roles", roles);
    model.put("commitments", report.commitments().stream().map(c -> Map.<String, Object>of(
        "code", c.code(), "title", c.title().in(lang), "obligation", c.obligation().name(),
        "counts", countText(c.counts(), labels))).toList());
    html(ctx, "dashboard", model);
  }

  private void party(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Labels labels = new Labels(lang);
    Viewer viewer = server.viewer(ctx);
    String id = ctx.pathParam("party");
    Report report = service.report(viewer, service.deal().term().end());
    PartyScorecard card = report.parties().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> ApiProblem.notFound("no party " + id));
    Map<String, Object> model = base(ctx, lang, card.name());
    model.put("role", labels.role(card.role()));
    model.put("joined", card.joined().map(labels::date).orElse(null));
    model.put("saved", ctx.queryParam("saved") != null);
    model.put("percent", card.percent());
    model.put("fulfilled", card.fulfilled());
    model.put("applicable", card.applicable());
    model.put("findings", card.findings().stream().map(f -> finding(f, labels)).toList());
    boolean canWrite = viewer.isTeam() || viewer.is(id);
    model.put("canWrite", canWrite);
    List<Map<String, Object>> kinds = new ArrayList<>();
    for (String kind : FormSpec.kinds()) {
      if (!kind.equals(RecordCodec.JOINED)) {
        kinds.add(Map.of("key", kind, "label", kindLabel(kind, lang),
            "href", "/evidence/" + kind + "/new?lang=" + code(lang) + "&party=" + id));
      }
    }
    model.put("kinds", kinds);
    List<Map<String, Object>> groups = new ArrayList<>();
    for (String kind : RecordCodec.kinds()) {
      List<Map<String, Object>> records = new ArrayList<>();
      for (StoredRecord row : service.visible(viewer, Optional.of(kind))) {
        if (row.owner().equals(id)) {
          JsonNode body = Json.read(row.body());
          records.add(Map.of("kind", kind, "id", row.id(), "summary", summary(row, body),
              "date", date(kind, body), "published", labels(lang).get(row.published() ? "yes"
                  : "no"), "flagged", service.flagged(row),
              "editable", viewer.isTeam() || service.owns(viewer, row)));
        }
      }
      if (!records.isEmpty()) {
        groups.add(Map.of("label", kindLabel(kind, lang), "records", records));
      }
    }
    model.put("groups", groups.isEmpty() ? null : groups);
    html(ctx, "party", model);
  }

  private void commitment(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Labels labels = new Labels(lang);
    String code = ctx.pathParam("code");
    Commitment commitment = service.deal().commitments().stream()
        .filter(c -> c.id().value().equals(code)).findFirst()
        .orElseThrow(() -> ApiProblem.notFound("no commitment " + code));
    Report report = service.report(server.viewer(ctx), service.deal().term().end());
    CommitmentOverview overview = report.commitments().stream()
        .filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    Map<String, Object> model = base(ctx, lang, code + ": " + commitment.title().in(lang));
    model.put("obligation", commitment.obligation().name());
    model.put("due", commitment.due().map(labels::date).orElse(null));
    model.put("text", commitment.text().in(lang));
    model.put("counts", counts(overview.counts(), labels));
    model.put("findings", overview.findings().stream().map(f -> finding(f, labels)).toList());
    html(ctx, "commitment", model);
  }

  private void lessons(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Labels labels = new Labels(lang);
    Viewer viewer = server.viewer(ctx);
    String theme = Optional.ofNullable(ctx.queryParam("theme")).orElse("").trim();
    String factor = Optional.ofNullable(ctx.queryParam("factor")).orElse("").trim();
    String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").trim();
    Deal deal = service.deal();
    List<Map<String, Object>> lessons = new ArrayList<>();
    for (KnowledgeItem item : service.lessons(viewer, theme, factor, query)) {
      Map<String, Object> lesson = new LinkedHashMap<>();
      lesson.put("id", item.ref().replaceAll("[^A-Za-z0-9_-]", "-"));
      lesson.put("title", item.title());
      lesson.put("party", deal.find(item.party()).flatMap(deal::party).map(p -> p.displayName())
          .orElse(item.party()));
      lesson.put("date", labels.date(item.date()));
      lesson.put("theme", item.theme().orElse("-"));
      lesson.put("factor", labels(lang).get("lessons." + item.factor().map(f -> f.name()
          .toLowerCase(Locale.ROOT)).orElse("other")));
      lesson.put("text", item.text().orElse(null));
      lessons.add(lesson);
    }
    Map<String, Object> model = base(ctx, lang, labels(lang).get("nav.lessons"));
    model.put("themes", service.lessonThemes(viewer).stream().map(t -> Map.of("value", t,
        "selected", t.equalsIgnoreCase(theme))).toList());
    model.put("factors", List.of("SUCCESS", "FAILURE").stream().map(f -> Map.of("value", f,
        "label", labels(lang).get("lessons." + f.toLowerCase(Locale.ROOT)), "selected",
        f.equals(factor))).toList());
    model.put("query", query);
    model.put("count", lessons.size());
    model.put("lessons", lessons);
    html(ctx, "lessons", model);
  }

  private void review(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Viewer viewer = server.viewer(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    List<Map<String, Object>> records = new ArrayList<>();
    for (StoredRecord row : service.unpublished(viewer)) {
      JsonNode body = Json.read(row.body());
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("kind", row.kind());
      record.put("kindLabel", kindLabel(row.kind(), lang));
      record.put("id", row.id());
      record.put("owner", row.owner());
      record.put("summary", summary(row, body));
      record.put("date", date(row.kind(), body));
      record.put("version", row.version());
      record.put("flagged", service.flagged(row));
      records.add(record);
    }
    Map<String, Object> model = base(ctx, lang, labels(lang).get("nav.review"));
    model.put("records", records);
    model.put("none", records.isEmpty());
    html(ctx, "review", model);
  }

  private void tokenForm(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Viewer viewer = server.viewer(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    DealService.requireTeam(viewer, "only the project team issues tokens");
    renderTokens(ctx, lang, null, null, 200);
  }

  private void createToken(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Viewer viewer = server.viewer(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    DealService.requireTeam(viewer, "only the project team issues tokens");
    String holder = Optional.ofNullable(ctx.formParam("holder")).orElse("").trim();
    Deal deal = service.dealFor(viewer);
    if (holder.equals("project-team")) {
      renderTokens(ctx, lang, service.store().tokens().create(viewer.actor(),
          org.greendeal.store.TokenRole.PROJECT_TEAM, Optional.empty()).token(), null, 201);
    } else if (PartyId.isValid(holder) && deal.find(holder).map(p -> p.value().equals(holder))
        .orElse(false)) {
      renderTokens(ctx, lang, service.store().tokens().create(viewer.actor(),
          org.greendeal.store.TokenRole.PARTY, Optional.of(holder)).token(), null, 201);
    } else {
      renderTokens(ctx, lang, null, labels(lang).get("tokens.unknown"), 422);
    }
  }

  private void renderTokens(Context ctx, Language lang, String token, String error, int status) {
    Deal deal = server.mainService().dealFor(server.viewer(ctx));
    Map<String, Object> model = base(ctx, lang, labels(lang).get("nav.tokens"));
    List<Map<String, Object>> holders = new ArrayList<>();
    holders.add(Map.of("value", "project-team", "label", labels(lang).get("tokens.team")));
    for (org.greendeal.model.PartyRole role : deal.roles()) {
      holders.add(Map.of("value", role.party().value(), "label",
          deal.party(role.party()).map(p -> p.displayName()).orElse(role.party().value())));
      for (org.greendeal.model.OrganisationalUnit unit : deal.unitsOf(role.party())) {
        holders.add(Map.of("value", unit.id().value(), "label", unit.displayName()));
      }
    }
    model.put("holders", holders);
    model.put("token", token);
    model.put("error", error);
    ctx.status(status);
    html(ctx, "tokens", model);
  }

  private void audit(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Viewer viewer = server.viewer(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    DealService.requireTeam(viewer, "only the project team sees the audit trail");
    PageRequest request = ApiRoutes.pageRequest(ctx);
    Page<AuditEvent> events = service.store().audit().list(service.deal().id(), request);
    Map<String, Object> model = base(ctx, lang, labels(lang).get("nav.audit"));
    DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
        .withZone(ZoneOffset.UTC);
    model.put("events", events.items().stream().map(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", e.id());
      row.put("at", when.format(e.at()));
      row.put("actor", e.actor());
      row.put("action", e.action());
      row.put("subject", e.subject());
      row.put("before", e.before().map(PageRoutes::pretty).orElse(null));
      row.put("after", e.after().map(PageRoutes::pretty).orElse(null));
      return row;
    }).toList());
    model.put("page", events.page());
    model.put("pages", events.pages());
    String lq = "lang=" + code(lang) + "&size=" + events.size();
    model.put("previous", events.page() > 1 ? "/audit?" + lq + "&page=" + (events.page() - 1)
        : null);
    model.put("next", events.hasNext() ? "/audit?" + lq + "&page=" + (events.page() + 1) : null);
    html(ctx, "audit", model);
  }

  private static String pretty(String json) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.read(json));
    } catch (IOException e) {
      return json;
    }
  }

  private void loginForm(Context ctx) {
    Language lang = language(ctx, server.mainService().deal());
    Map<String, Object> model = base(ctx, lang, labels(lang).get("login.title"));
    model.put("next", safeNext(ctx.queryParam("next")));
    html(ctx, "login", model);
  }

  private void login(Context ctx) {
    Language lang = language(ctx, server.mainService().deal());
    String token = Optional.ofNullable(ctx.formParam("token")).orElse("").trim();
    Optional<Viewer> viewer = server.store().tokens().authenticate(token).map(Viewer::of);
    if (viewer.isEmpty()) {
      Map<String, Object> model = base(ctx, lang, labels(lang).get("login.title"));
      model.put("next", safeNext(ctx.formParam("next")));
      model.put("error", labels(lang).get("login.wrong"));
      ctx.status(401);
      html(ctx, "login", model);
      return;
    }
    server.sessions().login(ctx, viewer.get());
    String next = safeNext(ctx.formParam("next"));
    if (next.equals("/") && viewer.get().party().isPresent()) {
      next = "/parties/" + viewer.get().party().get();
    }
    ctx.redirect(withLang(next, lang), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx) {
    Language lang = language(ctx, server.mainService().deal());
    server.sessions().logout(ctx);
    ctx.redirect("/?lang=" + code(lang), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  // ---- the evidence forms

  private void newForm(Context ctx) {
    DealService service = server.mainService();
    Viewer viewer = server.viewer(ctx);
    String kind = formKind(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    Language lang = language(ctx, service.deal());
    ObjectNode values = Json.object();
    String party = Optional.ofNullable(ctx.queryParam("party")).or(viewer::party).orElse("");
    String partyField = partyField(kind);
    if (!party.isEmpty() && partyField != null) {
      if (isListField(kind, partyField)) {
        values.putArray(partyField).add(party);
      } else {
        values.put(partyField, party);
      }
    }
    renderForm(ctx, lang, kind, null, values, List.of(), 200, false);
  }

  private void create(Context ctx) {
    DealService service = server.mainService();
    Viewer viewer = server.viewer(ctx);
    String kind = formKind(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    Language lang = language(ctx, service.deal());
    ObjectNode record = fromForm(ctx, kind, Json.object());
    try {
      StoredRecord created = service.create(viewer, kind, Json.write(record));
      ctx.redirect(withLang("/parties/" + created.owner() + "?saved=" + created.id(), lang),
          io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (ApiProblem problem) {
      formProblem(ctx, lang, kind, null, record, problem);
    }
  }

  private void editForm(Context ctx) {
    DealService service = server.mainService();
    Viewer viewer = server.viewer(ctx);
    String kind = formKind(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    Language lang = language(ctx, service.deal());
    StoredRecord row = editable(service, viewer, kind, recordId(ctx));
    renderForm(ctx, lang, kind, row, (ObjectNode) Json.read(row.body()), List.of(), 200, false);
  }

  private void update(Context ctx) {
    DealService service = server.mainService();
    Viewer viewer = server.viewer(ctx);
    String kind = formKind(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    Language lang = language(ctx, service.deal());
    StoredRecord row = editable(service, viewer, kind, recordId(ctx));
    ObjectNode record = fromForm(ctx, kind, (ObjectNode) Json.read(row.body()));
    try {
      StoredRecord updated = service.update(viewer, kind, row.id(), formVersion(ctx),
          Json.write(record));
      ctx.redirect(withLang("/parties/" + updated.owner() + "?saved=" + updated.id(), lang),
          io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (ApiProblem problem) {
      if (problem.status() == 412) {
        StoredRecord latest = service.get(viewer, kind, row.id());
        renderForm(ctx, lang, kind, latest, (ObjectNode) Json.read(latest.body()), List.of(),
            412, true);
        return;
      }
      formProblem(ctx, lang, kind, row, record, problem);
    }
  }

  private void delete(Context ctx) {
    DealService service = server.mainService();
    Viewer viewer = server.viewer(ctx);
    String kind = formKind(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    Language lang = language(ctx, service.deal());
    StoredRecord row = editable(service, viewer, kind, recordId(ctx));
    StoredRecord deleted = service.delete(viewer, kind, row.id(), formVersion(ctx));
    ctx.redirect(withLang("/parties/" + deleted.owner(), lang),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void publish(Context ctx) {
    DealService service = server.mainService();
    Viewer viewer = server.viewer(ctx);
    String kind = formKind(ctx);
    if (viewer.isPublic()) {
      redirectToLogin(ctx);
      return;
    }
    Language lang = language(ctx, service.deal());
    StoredRecord row = editable(service, viewer, kind, recordId(ctx));
    service.publish(viewer, kind, row.id(), formVersion(ctx), !row.published());
    String next = ctx.formParam("next") != null ? safeNext(ctx.formParam("next"))
        : "/evidence/" + kind + "/" + row.id() + "/edit";
    ctx.redirect(withLang(next, lang), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private StoredRecord editable(DealService service, Viewer viewer, String kind, long id) {
    StoredRecord row = service.get(viewer, kind, id);
    if (!viewer.isTeam() && !service.owns(viewer, row)) {
      throw ApiProblem.forbidden("a party changes only its own evidence");
    }
    return row;
  }

  private void formProblem(Context ctx, Language lang, String kind, StoredRecord row,
      ObjectNode record, ApiProblem problem) {
    List<ApiProblem.FieldError> errors = new ArrayList<>();
    if (problem.status() == 422) {
      errors.addAll(problem.errors());
    } else if (problem.status() == 403) {
      String field = partyField(kind);
      errors.add(new ApiProblem.FieldError(field == null ? "" : field,
          labels(lang).get("form.forbidden")));
    } else {
      throw problem;
    }
    renderForm(ctx, lang, kind, row, record, errors, problem.status(), false);
  }

  private void renderForm(Context ctx, Language lang, String kind, StoredRecord row,
      ObjectNode values, List<ApiProblem.FieldError> errors, int status, boolean stale) {
    Viewer viewer = server.viewer(ctx);
    Map<String, String> words = labels(lang);
    String title = words.get(row == null ? "form.new" : "form.edit") + ": " + singular(kind, lang);
    Map<String, Object> model = base(ctx, lang, title);
    Map<String, String> fieldErrors = new LinkedHashMap<>();
    List<Map<String, Object>> summary = new ArrayList<>();
    for (ApiProblem.FieldError e : errors) {
      String field = baseField(e.field());
      String message = e.message().replaceFirst("^[^:\\s]+:\\d+:\\d+: ", "");
      fieldErrors.merge(field, message, (a, b) -> a + "; " + b);
      String label = FormSpec.fields(kind).stream().filter(f -> f.name().equals(field))
          .map(f -> f.label(lang)).findFirst().orElse(field.isEmpty() ? kind : field);
      summary.add(Map.of("field", field.isEmpty() ? "none" : field, "label", label,
          "message", message));
    }
    List<Map<String, Object>> fields = new ArrayList<>();
    for (FormSpec.Field f : FormSpec.fields(kind)) {
      Map<String, Object> field = new LinkedHashMap<>();
      field.put("name", f.name());
      field.put("label", f.label(lang));
      field.put("required", f.required());
      String value = value(values.get(f.name()));
      String error = fieldErrors.get(f.name());
      field.put("error", error);
      String hint = f.type() == FormSpec.Type.LIST ? words.get("form.listHint")
          + (f.options().isEmpty() ? "" : ": " + String.join(", ", f.options())) : null;
      field.put("hint", hint);
      List<String> describedBy = new ArrayList<>();
      if (hint != null) {
        describedBy.add("hint-" + f.name());
      }
      if (error != null) {
        describedBy.add("error-" + f.name());
      }
      field.put("describedBy", describedBy.isEmpty() ? null : String.join(" ", describedBy));
      switch (f.type()) {
        case SELECT -> field.put("select", Map.of("options", f.options().stream()
            .map(o -> Map.of("value", o, "selected", o.equals(value))).toList()));
        case TEXTAREA -> field.put("textarea", Map.of("value", value));
        default -> field.put("input", Map.of("value", value, "type",
            f.type() == FormSpec.Type.DATE ? "date" : "text"));
      }
      fields.add(field);
    }
    model.put("fields", fields);
    model.put("errors", summary);
    model.put("hasErrors", !summary.isEmpty());
    model.put("stale", stale);
    String lq = "?lang=" + code(lang);
    model.put("action", (row == null ? "/evidence/" + kind : "/evidence/" + kind + "/" + row.id())
        + lq);
    model.put("version", row == null ? "" : String.valueOf(row.version()));
    model.put("editing", row != null);
    model.put("team", viewer.isTeam());
    if (row != null) {
      model.put("deleteAction", "/evidence/" + kind + "/" + row.id() + "/delete" + lq);
      model.put("publishAction", "/evidence/" + kind + "/" + row.id() + "/publish" + lq);
      model.put("publishLabel", words.get(row.published() ? "form.withdraw" : "form.publish"));
    }
    ctx.status(status);
    html(ctx, "form", model);
  }

  private static String value(JsonNode node) {
    if (node == null || node.isNull()) {
      return "";
    }
    if (node.isArray()) {
      List<String> items = new ArrayList<>();
      node.forEach(n -> items.add(n.asText()));
      return String.join(", ", items);
    }
    if (node.isNumber()) {
      return node.decimalValue().toPlainString();
    }
    return node.asText();
  }

  /** The record the form fills: {@code base} with each field of the form set or removed. */
  private static ObjectNode fromForm(Context ctx, String kind, ObjectNode base) {
    ObjectNode record = base.deepCopy();
    for (FormSpec.Field f : FormSpec.fields(kind)) {
      String text = Optional.ofNullable(ctx.formParam(f.name())).orElse("").trim();
      if (text.isEmpty()) {
        record.remove(f.name());
        continue;
      }
      switch (f.type()) {
        case LIST -> {
          ArrayNode list = record.putArray(f.name());
          for (String item : text.split(",")) {
            if (!item.isBlank()) {
              list.add(item.trim());
            }
          }
        }
        case NUMBER -> {
          String number = text.contains(".") ? text : text.replace(',', '.');
          try {
            BigDecimal value = new BigDecimal(number);
            if (value.scale() <= 0) {
              record.put(f.name(), value.toBigIntegerExact());
            } else {
              record.put(f.name(), value);
            }
          } catch (NumberFormatException | ArithmeticException e) {
            record.put(f.name(), text);
          }
        }
        default -> record.put(f.name(), text);
      }
    }
    return record;
  }

  private static String baseField(String field) {
    String base = field;
    int bracket = base.indexOf('[');
    if (bracket >= 0) {
      base = base.substring(0, bracket);
    }
    int dot = base.indexOf('.');
    if (dot >= 0) {
      base = base.substring(0, dot);
    }
    return base;
  }

  private static String partyField(String kind) {
    if (kind.equals(RecordCodec.JOINED)) {
      return null;
    }
    return RecordType.byKey(kind).map(RecordType::defaultPartyField).orElse(null);
  }

  private static boolean isListField(String kind, String field) {
    return FormSpec.fields(kind).stream()
        .anyMatch(f -> f.name().equals(field) && f.type() == FormSpec.Type.LIST);
  }

  private static String formKind(Context ctx) {
    String kind = ctx.pathParam("kind");
    if (FormSpec.fields(kind).isEmpty()) {
      throw ApiProblem.notFound("no kind of record \"" + kind + "\"");
    }
    return kind;
  }

  private static long recordId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiProblem.notFound("no record " + ctx.pathParam("id"));
    }
  }

  private static int formVersion(Context ctx) {
    try {
      return Integer.parseInt(Optional.ofNullable(ctx.formParam("version")).orElse("").trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("version", "the form lost its version; reload the page");
    }
  }

  // ---- shared

  private void checkCsrf(Context ctx) {
    if (ctx.method().name().equals("POST") && !WebServer.isApi(ctx)
        && !server.sessions().csrfValid(ctx)) {
      throw new ApiProblem(403, "csrf", "Form expired",
          "the form's security token is missing or does not match; reload the page and try again",
          List.of());
    }
  }

  private void css(Context ctx) throws IOException {
    try (InputStream in = PageRoutes.class.getResourceAsStream("pages/greendeal.css")) {
      ctx.header("Cache-Control", "public, max-age=3600");
      ctx.contentType("text/css; charset=utf-8").result(in.readAllBytes());
    }
  }

  private void redirectToLogin(Context ctx) {
    String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    if (!ctx.method().name().equals("GET")) {
      next = "/";
    }
    ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) + "&lang="
        + code(language(ctx, server.mainService().deal())), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    return next;
  }

  private static String withLang(String path, Language lang) {
    if (path.contains("lang=")) {
      return path;
    }
    return path + (path.contains("?") ? "&" : "?") + "lang=" + code(lang);
  }

  private Map<String, Object> base(Context ctx, Language lang, String title) {
    Map<String, Object> model = new LinkedHashMap<>();
    Viewer viewer = server.viewer(ctx);
    Language other = lang == Language.NL ? Language.EN : Language.NL;
    model.put("lang", code(lang));
    model.put("otherLang", code(other));
    model.put("q", "?lang=" + code(lang));
    model.put("l", Pages.words(lang));
    model.put("title", title);
    model.put("csrf", server.sessions().csrfToken(ctx));
    model.put("otherLanguage", otherLanguageLink(ctx, other));
    Map<String, Object> who = new LinkedHashMap<>();
    who.put("loggedIn", !viewer.isPublic());
    who.put("team", viewer.isTeam());
    who.put("party", viewer.party().orElse(null));
    Deal deal = server.mainService().deal();
    String partyName = viewer.party().flatMap(p -> PartyId.isValid(p) ? deal.party(PartyId.of(p))
        .map(x -> x.displayName()).or(() -> deal.unit(PartyId.of(p)).map(u -> u.displayName()))
        : Optional.empty()).orElse(viewer.party().orElse(""));
    who.put("partyName", partyName);
    Map<String, String> words = Pages.words(lang);
    who.put("label", viewer.isTeam() ? words.get("viewer.team")
        : viewer.party().map(p -> words.get("viewer.party") + " " + partyName).orElse(""));
    model.put("viewer", who);
    return model;
  }

  private static String otherLanguageLink(Context ctx, Language other) {
    StringBuilder link = new StringBuilder(ctx.method().name().equals("GET") ? ctx.path() : "/");
    String separator = "?";
    if (ctx.method().name().equals("GET")) {
      for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
        if (e.getKey().equals("lang")) {
          continue;
        }
        for (String v : e.getValue()) {
          link.append(separator).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8))
              .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
          separator = "&";
        }
      }
    }
    return link.append(separator).append("lang=").append(code(other)).toString();
  }

  /** The language: {@code ?lang=}, else the first of nl and en in Accept-Language, else the deal's. */
  static Language language(Context ctx, Deal deal) {
    String lang = ctx.queryParam("lang");
    if (lang == null && ctx.method().name().equals("POST")) {
      lang = ctx.formParam("lang");
    }
    if ("en".equalsIgnoreCase(lang)) {
      return Language.EN;
    }
    if ("nl".equalsIgnoreCase(lang)) {
      return Language.NL;
    }
    String accept = ctx.header("Accept-Language");
    if (accept != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(accept)) {
          String tag = range.getRange().toLowerCase(Locale.ROOT);
          if (tag.startsWith("nl")) {
            return Language.NL;
          }
          if (tag.startsWith("en")) {
            return Language.EN;
          }
        }
      } catch (IllegalArgumentException e) {
        // a malformed header: fall back to the deal's language
      }
    }
    return deal.language();
  }

  private static String code(Language lang) {
    return lang.name().toLowerCase(Locale.ROOT);
  }

  private static Map<String, String> words(Language lang) {
    return Pages.words(lang);
  }

  private static Map<String, String> labels(Language lang) {
    return Pages.words(lang);
  }

  private static List<Map<String, Object>> counts(Map<Status, Integer> counts, Labels labels) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Status s : Status.values()) {
      Integer n = counts.get(s);
      if (n != null && n > 0) {
        list.add(Map.of("label", labels.status(s), "count", n, "css", Charts.css(s)));
      }
    }
    return list;
  }

  private static String countText(Map<Status, Integer> counts, Labels labels) {
    List<String> parts = new ArrayList<>();
    for (Status s : Status.values()) {
      Integer n = counts.get(s);
      if (n != null && n > 0) {
        parts.add(n + " " + labels.status(s));
      }
    }
    return String.join(", ", parts);
  }

  private static Map<String, Object> finding(FindingRow f, Labels labels) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", f.code());
    row.put("partyId", f.party().orElse(null));
    row.put("party", f.partyName().orElse("-"));
    row.put("title", f.title().map(labels::text).orElse(""));
    row.put("status", f.status().map(labels::status).orElse(f.severity().name()));
    row.put("statusCode", f.status().map(Enum::name).orElse(f.severity().name()));
    row.put("css", f.status().map(Charts::css).orElse("st-none"));
    row.put("progress", f.actual().map(a -> a + f.required().or(f::total).map(r -> " / " + r)
        .orElse("")).orElse(""));
    row.put("evidence", String.join(", ", f.evidence()));
    row.put("message", labels.text(f.message()));
    return row;
  }

  private static String kindLabel(String kind, Language lang) {
    if (kind.equals(RecordCodec.JOINED)) {
      return lang == Language.NL ? "Toegetreden partijen" : "Parties that joined";
    }
    RecordType type = RecordType.byKey(kind).orElseThrow();
    String plural = type.plural().in(lang);
    return Character.toUpperCase(plural.charAt(0)) + plural.substring(1);
  }

  private static String singular(String kind, Language lang) {
    if (kind.equals(RecordCodec.JOINED)) {
      return lang == Language.NL ? "toegetreden partij" : "party that joined";
    }
    return RecordType.byKey(kind).orElseThrow().label().in(lang);
  }

  private static String summary(StoredRecord row, JsonNode body) {
    for (String field : List.of("title", "description", "member", "organisation", "theme",
        "aspect", "channel", "commitment", "name", "reference")) {
      JsonNode node = body.get(field);
      if (node != null && !node.asText().isBlank()) {
        String text = node.asText();
        String id = row.recordId().map(r -> r + ": ").orElse("");
        return id + (text.length() > 80 ? text.substring(0, 77) + "..." : text);
      }
    }
    if (body.has("amountEur")) {
      return body.get("year").asText() + ": € " + body.get("amountEur").asText();
    }
    return row.recordId().orElse(row.subject());
  }

  private static String date(String kind, JsonNode body) {
    String field = kind.equals(RecordCodec.JOINED) ? "date"
        : RecordType.byKey(kind).map(RecordType::dateField).orElse("date");
    return Optional.ofNullable(body.get(field)).map(JsonNode::asText).orElse("");
  }

  private static void html(Context ctx, String template, Map<String, Object> model) {
    ctx.contentType(HTML).result(PAGES.render(template, model));
  }

  /** A problem on a page: the error page, in the layout, with the problem's status. */
  static void error(WebServer server, Context ctx, ApiProblem problem) {
    problem.headers().forEach(ctx::header);
    Language lang;
    try {
      lang = language(ctx, server.mainService().deal());
    } catch (RuntimeException e) {
      lang = Language.NL;
    }
    ctx.status(problem.status());
    try {
      Map<String, Object> model = new PageRoutes(server).base(ctx, lang, problem.title());
      model.put("detail", problem.detail());
      html(ctx, "error", model);
    } catch (RuntimeException e) {
      ctx.contentType("text/plain; charset=utf-8").result(problem.title() + ": "
          + problem.detail());
    }
  }
}
