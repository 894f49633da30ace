package org.greendeal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greendeal.model.RecordType;
import org.greendeal.store.RecordCodec;

/** What an evidence form sends: the record it fills, the kind, id and version it names. */
final class FormInput {
  private FormInput() {}

  static String value(JsonNode node) {
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
  static ObjectNode fromForm(Context ctx, String kind, ObjectNode base) {
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

  static String baseField(String field) {
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

  static String partyField(String kind) {
    if (kind.equals(RecordCodec.JOINED)) {
      return null;
    }
    return RecordType.byKey(kind).map(RecordType::defaultPartyField).orElse(null);
  }

  static boolean isListField(String kind, String field) {
    return FormSpec.fields(kind).stream()
        .anyMatch(f -> f.name().equals(field) && f.type() == FormSpec.Type.LIST);
  }

  static String formKind(Context ctx) {
    String kind = ctx.pathParam("kind");
    if (FormSpec.fields(kind).isEmpty()) {
      throw ApiProblem.notFound("no kind of record \"" + kind + "\"");
    }
    return kind;
  }

  static long recordId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiProblem.notFound("no record " + ctx.pathParam("id"));
    }
  }

  static int formVersion(Context ctx) {
    try {
      return Integer.parseInt(Optional.ofNullable(ctx.formParam("version")).orElse("").trim());
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("version", "the form lost its version; reload the page");
    }
  }
}
