package org.greendeal.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** One valid record of every kind, in the evidence-file shape, and the party that owns it. */
final class Samples {
  /**
   * A sample record.
   *
   * @param kind its kind
   * @param owner the party its first party field names
   * @param json the record
   * @param changed the record with one field changed
   */
  record Sample(String kind, String owner, String json, String changed) {
    @Override
    public String toString() {
      return kind;
    }
  }

  static final Map<String, Sample> ALL = new LinkedHashMap<>();

  static {
    add("joined", "gemeente-zwolle", "{\"id\":\"gemeente-zwolle\",\"name\":\"Gemeente"
        + " Zwolle\",\"role\":\"PROCURING_PARTICIPANT\",\"date\":\"2019-03-01\"}",
        "2019-03-01", "2019-04-01");
    add("trajectories", "ns", "{\"id\":\"t-x\",\"party\":\"ns\",\"title\":\"Circulaire"
        + " werkkleding\",\"kind\":\"NEW\",\"started\":\"2019-03-01\"}", "NEW", "SCALE_UP");
    add("contributions", "ns", "{\"party\":\"ns\",\"year\":2019,\"amountEur\":1500}", "1500",
        "1400");
    add("policyIntegrations", "ns", "{\"party\":\"ns\",\"aspect\":\"POLICY\",\"date\":"
        + "\"2020-03-01\",\"reference\":\"https://example.org/beleid\"}", "POLICY", "PROCESS");
    add("appointments", "mvo-nederland", "{\"party\":\"mvo-nederland\",\"member\":\"programme"
        + " advisor\",\"from\":\"2018-06-07\"}", "programme advisor", "secretary");
    add("workingGroups", "copper8", "{\"id\":\"wg-x\",\"theme\":\"ICT\",\"guidedBy\":"
        + "[\"copper8\"],\"members\":[\"ns\"],\"started\":\"2018-10-01\"}", "ICT", "Textiel");
    add("activities", "mvo-nederland", "{\"id\":\"a-x\",\"date\":\"2018-11-15\",\"title\":"
        + "\"Community of Practice\",\"organisedBy\":[\"mvo-nederland\"],\"attendees\":[\"ns\"]}",
        "Community of Practice", "Werkbezoek");
    add("communications", "ns", "{\"party\":\"ns\",\"date\":\"2019-05-01\",\"channel\":"
        + "\"website\",\"title\":\"Circulair inkopen bij NS\",\"reference\":"
        + "\"https://example.org/nieuws\"}", "website", "newsletter");
    add("efforts", "copper8", "{\"party\":\"copper8\",\"commitment\":\"KP-3\",\"date\":"
        + "\"2019-02-01\",\"description\":\"Onderzoek naar opschaling\"}", "Onderzoek",
        "Studie");
    add("instruments", "nevi", "{\"id\":\"i-x\",\"title\":\"Circulaire aanbestedingsgids\","
        + "\"kind\":\"PROCUREMENT_INSTRUMENT\",\"developedBy\":[\"nevi\"],\"contributors\":"
        + "[\"copper8\"],\"date\":\"2019-06-01\"}", "PROCUREMENT_INSTRUMENT", "WORK_METHOD");
    add("knowledgeItems", "ns", "{\"id\":\"k-x\",\"party\":\"ns\",\"date\":\"2019-09-01\","
        + "\"title\":\"Vroeg de markt betrekken\",\"text\":\"Een marktconsultatie hielp.\","
        + "\"factor\":\"SUCCESS\",\"theme\":\"Bouw\",\"sensitivity\":\"NONE\"}", "SUCCESS",
        "FAILURE");
    add("publications", "rws", "{\"party\":\"rws\",\"date\":\"2020-06-01\",\"title\":"
        + "\"Lessen circulair inkopen\",\"reference\":\"https://example.org/pub\"}", "Lessen",
        "Inzichten");
    add("invitations", "mvo-nederland", "{\"by\":\"mvo-nederland\",\"organisation\":"
        + "\"Gemeente Amsterdam\",\"date\":\"2019-01-10\",\"outcome\":\"JOINED\"}", "JOINED",
        "DECLINED");
    add("barriers", "ienw", "{\"id\":\"b-x\",\"raisedBy\":\"ienw\",\"date\":\"2019-04-01\","
        + "\"description\":\"Aanbestedingsregels\",\"status\":\"ADDRESSED\"}", "ADDRESSED",
        "RESOLVED");
  }

  private static void add(String kind, String owner, String json, String from, String to) {
    if (!json.contains(from)) {
      throw new IllegalStateException(kind + ": " + from);
    }
    ALL.put(kind, new Sample(kind, owner, json, json.replace(from, to)));
  }

  private Samples() {}
}
