package org.greendeal.web;

import static org.greendeal.web.PageSupport.code;
import static org.greendeal.web.PageSupport.date;
import static org.greendeal.web.PageSupport.html;
import static org.greendeal.web.PageSupport.kindLabel;
import static org.greendeal.web.PageSupport.language;
import static org.greendeal.web.PageSupport.summary;
import static org.greendeal.web.PageSupport.words;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
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
import org.greendeal.model.Role;
import org.greendeal.reporting.Labels;
import org.greendeal.reporting.model.CommitmentOverview;
import org.greendeal.reporting.model.FindingRow;
import org.greendeal.reporting.model.PartyScorecard;
import org.greendeal.reporting.model.Report;
import org.greendeal.reporting.model.RoleStatuses;
import org.greendeal.rules.Status;
import org.greendeal.store.RecordCodec;
import org.greendeal.store.StoredRecord;

/** The report pages: the dashboard, a page per party and per commitment, the lessons learned. */
final class ReportPages {
  private final WebServer server;
  private final PageSupport support;

  ReportPages(WebServer server, PageSupport support) {
    this.server = server;
    this.support = support;
  }

  void dashboard(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Labels labels = new Labels(lang);
    Viewer viewer = server.viewer(ctx);
    Report report = service.report(viewer, service.deal().term().end());
    Map<String, Object> model = support.base(ctx, lang, report.header().title().in(lang));
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

  void party(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Labels labels = new Labels(lang);
    Viewer viewer = server.viewer(ctx);
    String id = ctx.pathParam("party");
    Report report = service.report(viewer, service.deal().term().end());
    PartyScorecard card = report.parties().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> ApiProblem.notFound("no party " + id));
    Map<String, Object> model = support.base(ctx, lang, card.name());
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
              "date", date(kind, body), "published", words(lang).get(row.published() ? "yes"
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

  void commitment(Context ctx) {
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
    Map<String, Object> model = support.base(ctx, lang, code + ": " + commitment.title().in(lang));
    model.put("obligation", commitment.obligation().name());
    model.put("due", commitment.due().map(labels::date).orElse(null));
    model.put("text", commitment.text().in(lang));
    model.put("counts", counts(overview.counts(), labels));
    model.put("findings", overview.findings().stream().map(f -> finding(f, labels)).toList());
    html(ctx, "commitment", model);
  }

  void lessons(Context ctx) {
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
      lesson.put("factor", words(lang).get("lessons." + item.factor().map(f -> f.name()
          .toLowerCase(Locale.ROOT)).orElse("other")));
      lesson.put("text", item.text().orElse(null));
      lessons.add(lesson);
    }
    Map<String, Object> model = support.base(ctx, lang, words(lang).get("nav.lessons"));
    model.put("themes", service.lessonThemes(viewer).stream().map(t -> Map.of("value", t,
        "selected", t.equalsIgnoreCase(theme))).toList());
    model.put("factors", List.of("SUCCESS", "FAILURE").stream().map(f -> Map.of("value", f,
        "label", words(lang).get("lessons." + f.toLowerCase(Locale.ROOT)), "selected",
        f.equals(factor))).toList());
    model.put("query", query);
    model.put("count", lessons.size());
    model.put("lessons", lessons);
    html(ctx, "lessons", model);
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
}
