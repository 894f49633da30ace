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
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Deal;
import org.greendeal.model.Language;
import org.greendeal.model.PartyId;
import org.greendeal.store.AuditEvent;
import org.greendeal.store.Page;
import org.greendeal.store.PageRequest;
import org.greendeal.store.StoredRecord;

/**
 * The project team's pages: the queue of records to review and publish, the tokens and the
 * audit trail.
 */
final class TeamPages {
  private final WebServer server;
  private final PageSupport support;

  TeamPages(WebServer server, PageSupport support) {
    this.server = server;
    this.support = support;
  }

  void review(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Viewer viewer = server.viewer(ctx);
    if (viewer.isPublic()) {
      support.redirectToLogin(ctx);
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
    Map<String, Object> model = support.base(ctx, lang, words(lang).get("nav.review"));
    model.put("records", records);
    model.put("none", records.isEmpty());
    html(ctx, "review", model);
  }

  void tokenForm(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Viewer viewer = server.viewer(ctx);
    if (viewer.isPublic()) {
      support.redirectToLogin(ctx);
      return;
    }
    DealService.requireTeam(viewer, "only the project team issues tokens");
    renderTokens(ctx, lang, null, null, 200);
  }

  void createToken(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Viewer viewer = server.viewer(ctx);
    if (viewer.isPublic()) {
      support.redirectToLogin(ctx);
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
      renderTokens(ctx, lang, null, words(lang).get("tokens.unknown"), 422);
    }
  }

  private void renderTokens(Context ctx, Language lang, String token, String error, int status) {
    Deal deal = server.mainService().dealFor(server.viewer(ctx));
    Map<String, Object> model = support.base(ctx, lang, words(lang).get("nav.tokens"));
    List<Map<String, Object>> holders = new ArrayList<>();
    holders.add(Map.of("value", "project-team", "label", words(lang).get("tokens.team")));
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

  void audit(Context ctx) {
    DealService service = server.mainService();
    Language lang = language(ctx, service.deal());
    Viewer viewer = server.viewer(ctx);
    if (viewer.isPublic()) {
      support.redirectToLogin(ctx);
      return;
    }
    DealService.requireTeam(viewer, "only the project team sees the audit trail");
    PageRequest request = ApiRoutes.pageRequest(ctx);
    Page<AuditEvent> events = service.store().audit().list(service.deal().id(), request);
    Map<String, Object> model = support.base(ctx, lang, words(lang).get("nav.audit"));
    DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
        .withZone(ZoneOffset.UTC);
    model.put("events", events.items().stream().map(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", e.id());
      row.put("at", when.format(e.at()));
      row.put("actor", e.actor());
      row.put("action", e.action());
      row.put("subject", e.subject());
      row.put("before", e.before().map(TeamPages::pretty).orElse(null));
      row.put("after", e.after().map(TeamPages::pretty).orElse(null));
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
}
