package org.greendeal.web;

import static org.greendeal.web.PageSupport.code;
import static org.greendeal.web.PageSupport.html;
import static org.greendeal.web.PageSupport.language;
import static org.greendeal.web.PageSupport.safeNext;
import static org.greendeal.web.PageSupport.withLang;
import static org.greendeal.web.PageSupport.words;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greendeal.model.Language;
import org.greendeal.model.RecordType;
import org.greendeal.store.RecordCodec;
import org.greendeal.store.StoredRecord;

/** The evidence forms: new, create, edit, update, delete and publish a record. */
final class EvidenceFormPages {
  private final WebServer server;
  private final PageSupport support;

  EvidenceFormPages(WebServer server, PageSupport support) {
    this.server = server;
    this.support = support;
  }

  void newForm(Context ctx) {
    Request request = open(ctx);
    if (request == null) {
      return;
    }
    Viewer viewer = request.viewer();
    String kind = request.kind();
    Language lang = request.lang();
    ObjectNode values = Json.object();
    String party = Optional.ofNullable(ctx.queryParam("party")).or(viewer::party).orElse("");
    String partyField = FormInput.partyField(kind);
    if (!party.isEmpty() && partyField != null) {
      if (FormInput.isListField(kind, partyField)) {
        values.putArray(partyField).add(party);
      } else {
        values.put(partyField, party);
      }
    }
    renderForm(ctx, lang, kind, null, values, List.of(), 200, false);
  }

  void create(Context ctx) {
    Request request = open(ctx);
    if (request == null) {
      return;
    }
    DealService service = request.service();
    Viewer viewer = request.viewer();
    String kind = request.kind();
    Language lang = request.lang();
    ObjectNode record = FormInput.fromForm(ctx, kind, Json.object());
    try {
      StoredRecord created = service.create(viewer, kind, Json.write(record));
      ctx.redirect(withLang("/parties/" + created.owner() + "?saved=" + created.id(), lang),
          io.javalin.http.HttpStatus.SEE_OTHER);
    } catch (ApiProblem problem) {
      formProblem(ctx, lang, kind, null, record, problem);
    }
  }

  void editForm(Context ctx) {
    Request request = open(ctx);
    if (request == null) {
      return;
    }
    DealService service = request.service();
    Viewer viewer = request.viewer();
    String kind = request.kind();
    Language lang = request.lang();
    StoredRecord row = editable(service, viewer, kind, FormInput.recordId(ctx));
    renderForm(ctx, lang, kind, row, (ObjectNode) Json.read(row.body()), List.of(), 200, false);
  }

  void update(Context ctx) {
    Request request = open(ctx);
    if (request == null) {
      return;
    }
    DealService service = request.service();
    Viewer viewer = request.viewer();
    String kind = request.kind();
    Language lang = request.lang();
    StoredRecord row = editable(service, viewer, kind, FormInput.recordId(ctx));
    ObjectNode record = FormInput.fromForm(ctx, kind, (ObjectNode) Json.read(row.body()));
    try {
      StoredRecord updated = service.update(viewer, kind, row.id(), FormInput.formVersion(ctx),
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

  void delete(Context ctx) {
    Request request = open(ctx);
    if (request == null) {
      return;
    }
    DealService service = request.service();
    Viewer viewer = request.viewer();
    String kind = request.kind();
    Language lang = request.lang();
    StoredRecord row = editable(service, viewer, kind, FormInput.recordId(ctx));
    StoredRecord deleted = service.delete(viewer, kind, row.id(), FormInput.formVersion(ctx));
    ctx.redirect(withLang("/parties/" + deleted.owner(), lang),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  void publish(Context ctx) {
    Request request = open(ctx);
    if (request == null) {
      return;
    }
    DealService service = request.service();
    Viewer viewer = request.viewer();
    String kind = request.kind();
    Language lang = request.lang();
    StoredRecord row = editable(service, viewer, kind, FormInput.recordId(ctx));
    service.publish(viewer, kind, row.id(), FormInput.formVersion(ctx), !row.published());
    String next = ctx.formParam("next") != null ? safeNext(ctx.formParam("next"))
        : "/evidence/" + kind + "/" + row.id() + "/edit";
    ctx.redirect(withLang(next, lang), io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** What every form handler needs: who asks, in which language, about which kind of record. */
  private record Request(DealService service, Viewer viewer, String kind, Language lang) {}

  /** The request of a signed-in viewer, or null after sending the public one to the login page. */
  private Request open(Context ctx) {
    DealService service = server.mainService();
    Viewer viewer = server.viewer(ctx);
    String kind = FormInput.formKind(ctx);
    if (viewer.isPublic()) {
      support.redirectToLogin(ctx);
      return null;
    }
    return new Request(service, viewer, kind, language(ctx, service.deal()));
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
      String field = FormInput.partyField(kind);
      errors.add(new ApiProblem.FieldError(field == null ? "" : field,
          words(lang).get("form.forbidden")));
    } else {
      throw problem;
    }
    renderForm(ctx, lang, kind, row, record, errors, problem.status(), false);
  }

  private void renderForm(Context ctx, Language lang, String kind, StoredRecord row,
      ObjectNode values, List<ApiProblem.FieldError> errors, int status, boolean stale) {
    Viewer viewer = server.viewer(ctx);
    Map<String, String> words = words(lang);
    String title = words.get(row == null ? "form.new" : "form.edit") + ": " + singular(kind, lang);
    Map<String, Object> model = support.base(ctx, lang, title);
    Map<String, String> fieldErrors = new LinkedHashMap<>();
    List<Map<String, Object>> summary = new ArrayList<>();
    for (ApiProblem.FieldError e : errors) {
      String field = FormInput.baseField(e.field());
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
      String value = FormInput.value(values.get(f.name()));
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

  private static String singular(String kind, Language lang) {
    if (kind.equals(RecordCodec.JOINED)) {
      return lang == Language.NL ? "toegetreden partij" : "party that joined";
    }
    return RecordType.byKey(kind).orElseThrow().label().in(lang);
  }
}
