package org.greendeal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greendeal.io.EvidenceFiles;
import org.greendeal.io.InputException;
import org.greendeal.io.Problem;
import org.greendeal.model.Activity;
import org.greendeal.model.Appointment;
import org.greendeal.model.Barrier;
import org.greendeal.model.Communication;
import org.greendeal.model.Contribution;
import org.greendeal.model.Effort;
import org.greendeal.model.Evidence;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.ImmutableEvidence;
import org.greendeal.model.Instrument;
import org.greendeal.model.Invitation;
import org.greendeal.model.JoinedParty;
import org.greendeal.model.KnowledgeItem;
import org.greendeal.model.PolicyIntegration;
import org.greendeal.model.Publication;
import org.greendeal.model.RecordType;
import org.greendeal.model.Trajectory;
import org.greendeal.model.WorkingGroup;
import org.greendeal.model.SourceRef;
import org.greendeal.model.ImmutableActivity;
import org.greendeal.model.ImmutableAppointment;
import org.greendeal.model.ImmutableBarrier;
import org.greendeal.model.ImmutableCommunication;
import org.greendeal.model.ImmutableContribution;
import org.greendeal.model.ImmutableEffort;
import org.greendeal.model.ImmutableInstrument;
import org.greendeal.model.ImmutableInvitation;
import org.greendeal.model.ImmutableJoinedParty;
import org.greendeal.model.ImmutableKnowledgeItem;
import org.greendeal.model.ImmutablePolicyIntegration;
import org.greendeal.model.ImmutablePublication;
import org.greendeal.model.ImmutableTrajectory;
import org.greendeal.model.ImmutableWorkingGroup;

/**
 * One record as one JSON object in the evidence-file shape, through the evidence codec of
 * greendeal-io: a record is wrapped as {@code {"trajectories":[...]}} and read by
 * {@link EvidenceFiles}, so a stored or posted record meets exactly the validation of a file.
 * Records are {@link EvidenceRecord}s or, for kind {@value #JOINED}, {@link JoinedParty}s.
 */
public final class RecordCodec {
  /** The kind of a party that joined the deal after signing. */
  public static final String JOINED = "joined";

  private static final ObjectMapper JSON = new ObjectMapper();

  private RecordCodec() {}

  /** Every kind: {@value #JOINED} and the evidence-file keys of the record types. */
  public static List<String> kinds() {
    List<String> kinds = new ArrayList<>();
    kinds.add(JOINED);
    for (RecordType type : RecordType.values()) {
      kinds.add(type.key());
    }
    return kinds;
  }

  /** Whether {@code kind} is a kind of record. */
  public static boolean isKind(String kind) {
    return JOINED.equals(kind) || RecordType.byKey(kind).isPresent();
  }

  /** The kind of {@code record}. */
  public static String kindOf(Object record) {
    if (record instanceof JoinedParty) {
      return JOINED;
    }
    return ((EvidenceRecord) record).type().key();
  }

  /**
   * The record of {@code kind} in {@code json}, one JSON object in the evidence-file shape.
   * Problems name the field inside the object ({@code kind}, not {@code trajectories[0].kind}) and
   * the line and column in {@code json}.
   *
   * @param fileName names the input in problems and in the record's source
   * @throws InputException if the object has problems
   * @throws IllegalArgumentException if {@code kind} is no kind
   */
  public static Object decode(String kind, String json, String fileName) {
    if (!isKind(kind)) {
      throw new IllegalArgumentException("unknown kind of record: " + kind);
    }
    String wrapped = "{\"" + kind + "\":[\n" + json + "\n]}";
    Evidence evidence;
    try {
      evidence = EvidenceFiles.read(fileName, wrapped);
    } catch (InputException e) {
      throw new InputException(e.problems().stream().map(p -> rebase(kind, p)).toList());
    }
    List<?> records = list(evidence, kind);
    if (records.size() != 1) {
      throw new InputException(new Problem(fileName, 1, 1, "",
          "expected one " + kind + " record, found " + records.size()));
    }
    return records.get(0);
  }

  /**
   * The record a stored row holds: {@code json} (compact, as {@link #encode} wrote it) decoded,
   * its source named {@code subject} (such as {@code efforts/285}), so that findings name a
   * record without an id of its own as {@code efforts/285:1}.
   */
  public static Object decodeStored(String kind, String json, String subject) {
    Object record = decode(kind, json, subject + ".json");
    return withSource(record, new SourceRef(subject, 1, 1));
  }

  private static Object withSource(Object record, SourceRef source) {
    if (record instanceof JoinedParty r) {
      return ImmutableJoinedParty.copyOf(r).withSource(source);
    } else if (record instanceof Trajectory r) {
      return ImmutableTrajectory.copyOf(r).withSource(source);
    } else if (record instanceof Contribution r) {
      return ImmutableContribution.copyOf(r).withSource(source);
    } else if (record instanceof PolicyIntegration r) {
      return ImmutablePolicyIntegration.copyOf(r).withSource(source);
    } else if (record instanceof Appointment r) {
      return ImmutableAppointment.copyOf(r).withSource(source);
    } else if (record instanceof WorkingGroup r) {
      return ImmutableWorkingGroup.copyOf(r).withSource(source);
    } else if (record instanceof Activity r) {
      return ImmutableActivity.copyOf(r).withSource(source);
    } else if (record instanceof Communication r) {
      return ImmutableCommunication.copyOf(r).withSource(source);
    } else if (record instanceof Effort r) {
      return ImmutableEffort.copyOf(r).withSource(source);
    } else if (record instanceof Instrument r) {
      return ImmutableInstrument.copyOf(r).withSource(source);
    } else if (record instanceof KnowledgeItem r) {
      return ImmutableKnowledgeItem.copyOf(r).withSource(source);
    } else if (record instanceof Publication r) {
      return ImmutablePublication.copyOf(r).withSource(source);
    } else if (record instanceof Invitation r) {
      return ImmutableInvitation.copyOf(r).withSource(source);
    } else if (record instanceof Barrier r) {
      return ImmutableBarrier.copyOf(r).withSource(source);
    }
    throw new IllegalArgumentException("not a record: " + record);
  }

  /** {@code record} as one compact JSON object in the evidence-file shape. */
  public static String encode(Object record) {
    ImmutableEvidence.Builder builder = ImmutableEvidence.builder();
    add(builder, record);
    try {
      JsonNode file = JSON.readTree(EvidenceFiles.toJson(builder.build()));
      return JSON.writeValueAsString(file.get(kindOf(record)).get(0));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the evidence codec wrote JSON that does not parse", e);
    }
  }

  /** The record's own id, for the kinds that have one. */
  public static Optional<String> recordId(Object record) {
    if (record instanceof JoinedParty joined) {
      return Optional.of(joined.id().value());
    }
    return ((EvidenceRecord) record).id();
  }

  /** The names in the record's first party field (a joined party names itself). */
  public static List<String> ownerNames(Object record) {
    if (record instanceof JoinedParty joined) {
      return List.of(joined.id().value());
    }
    EvidenceRecord evidence = (EvidenceRecord) record;
    return evidence.partiesIn(evidence.type().defaultPartyField());
  }

  /** Every record of {@code evidence}, parties that joined first, as {@link #decode} gives them. */
  public static List<Object> records(Evidence evidence) {
    List<Object> all = new ArrayList<>(evidence.joined());
    evidence.records().forEach(all::add);
    return all;
  }

  /** Adds {@code record} to the list of its kind in {@code builder}. */
  public static ImmutableEvidence.Builder add(ImmutableEvidence.Builder builder, Object record) {
    if (record instanceof JoinedParty r) {
      return builder.addJoined(r);
    } else if (record instanceof Trajectory r) {
      return builder.addTrajectories(r);
    } else if (record instanceof Contribution r) {
      return builder.addContributions(r);
    } else if (record instanceof PolicyIntegration r) {
      return builder.addPolicyIntegrations(r);
    } else if (record instanceof Appointment r) {
      return builder.addAppointments(r);
    } else if (record instanceof WorkingGroup r) {
      return builder.addWorkingGroups(r);
    } else if (record instanceof Activity r) {
      return builder.addActivities(r);
    } else if (record instanceof Communication r) {
      return builder.addCommunications(r);
    } else if (record instanceof Effort r) {
      return builder.addEfforts(r);
    } else if (record instanceof Instrument r) {
      return builder.addInstruments(r);
    } else if (record instanceof KnowledgeItem r) {
      return builder.addKnowledgeItems(r);
    } else if (record instanceof Publication r) {
      return builder.addPublications(r);
    } else if (record instanceof Invitation r) {
      return builder.addInvitations(r);
    } else if (record instanceof Barrier r) {
      return builder.addBarriers(r);
    }
    throw new IllegalArgumentException("not a record: " + record);
  }

  private static List<?> list(Evidence evidence, String kind) {
    if (JOINED.equals(kind)) {
      return evidence.joined();
    }
    return switch (RecordType.byKey(kind).orElseThrow()) {
      case TRAJECTORY -> evidence.trajectories();
      case CONTRIBUTION -> evidence.contributions();
      case POLICY_INTEGRATION -> evidence.policyIntegrations();
      case APPOINTMENT -> evidence.appointments();
      case WORKING_GROUP -> evidence.workingGroups();
      case ACTIVITY -> evidence.activities();
      case COMMUNICATION -> evidence.communications();
      case EFFORT -> evidence.efforts();
      case INSTRUMENT -> evidence.instruments();
      case KNOWLEDGE_ITEM -> evidence.knowledgeItems();
      case PUBLICATION -> evidence.publications();
      case INVITATION -> evidence.invitations();
      case BARRIER -> evidence.barriers();
    };
  }

  /** A problem of the wrapped file, located in the record object instead. */
  private static Problem rebase(String kind, Problem p) {
    String prefix = kind + "[0]";
    String field = p.field();
    if (field.equals(prefix)) {
      field = "";
    } else if (field.startsWith(prefix + ".")) {
      field = field.substring(prefix.length() + 1);
    } else if (field.equals(kind)) {
      field = "";
    }
    int line = p.line() > 1 ? p.line() - 1 : p.line();
    return new Problem(p.file(), line, p.column(), field, p.message());
  }
}
