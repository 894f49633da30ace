package org.greendeal.imports.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greendeal.model.Activity;
import org.greendeal.model.Appointment;
import org.greendeal.model.Barrier;
import org.greendeal.model.Communication;
import org.greendeal.model.Contribution;
import org.greendeal.model.Effort;
import org.greendeal.model.Evidence;
import org.greendeal.model.ImmutableEvidence;
import org.greendeal.model.Instrument;
import org.greendeal.model.Invitation;
import org.greendeal.model.JoinedParty;
import org.greendeal.model.KnowledgeItem;
import org.greendeal.model.PolicyIntegration;
import org.greendeal.model.Publication;
import org.greendeal.model.Trajectory;
import org.greendeal.model.WorkingGroup;

/**
 * The records built so far, by type in the order of their rows, each with the places of its row
 * and cells, so that a later problem (from the round trip) can still point at a cell.
 */
final class EvidenceAssembler {
  /** A built record and where it came from. */
  record Bound(Object record, Place row, Map<String, Place> cells) {
    Bound {
      cells = Map.copyOf(cells);
    }

    /** The cell of {@code field}, or the row's first cell. */
    Place place(String field) {
      return cells.getOrDefault(field, row);
    }
  }

  private final Map<SheetType, List<Bound>> bound = new EnumMap<>(SheetType.class);

  void add(SheetType type, Bound record) {
    bound.computeIfAbsent(type, t -> new ArrayList<>()).add(record);
  }

  /** The records of {@code type}, in order. */
  List<Bound> bound(SheetType type) {
    return bound.getOrDefault(type, List.of());
  }

  /** The records that {@code type}'s list of {@code evidence} holds. */
  static List<?> records(Evidence evidence, SheetType type) {
    return switch (type) {
      case TRAJECTORIES -> evidence.trajectories();
      case CONTRIBUTIONS -> evidence.contributions();
      case POLICY_INTEGRATIONS -> evidence.policyIntegrations();
      case APPOINTMENTS -> evidence.appointments();
      case WORKING_GROUPS -> evidence.workingGroups();
      case ACTIVITIES -> evidence.activities();
      case COMMUNICATIONS -> evidence.communications();
      case EFFORTS -> evidence.efforts();
      case INSTRUMENTS -> evidence.instruments();
      case KNOWLEDGE_ITEMS -> evidence.knowledgeItems();
      case PUBLICATIONS -> evidence.publications();
      case INVITATIONS -> evidence.invitations();
      case BARRIERS -> evidence.barriers();
      case JOINED -> evidence.joined();
    };
  }

  /** The evidence of all records added. */
  Evidence evidence() {
    return ImmutableEvidence.builder()
        .addAllJoined(all(SheetType.JOINED, JoinedParty.class))
        .addAllTrajectories(all(SheetType.TRAJECTORIES, Trajectory.class))
        .addAllContributions(all(SheetType.CONTRIBUTIONS, Contribution.class))
        .addAllPolicyIntegrations(all(SheetType.POLICY_INTEGRATIONS, PolicyIntegration.class))
        .addAllAppointments(all(SheetType.APPOINTMENTS, Appointment.class))
        .addAllWorkingGroups(all(SheetType.WORKING_GROUPS, WorkingGroup.class))
        .addAllActivities(all(SheetType.ACTIVITIES, Activity.class))
        .addAllCommunications(all(SheetType.COMMUNICATIONS, Communication.class))
        .addAllEfforts(all(SheetType.EFFORTS, Effort.class))
        .addAllInstruments(all(SheetType.INSTRUMENTS, Instrument.class))
        .addAllKnowledgeItems(all(SheetType.KNOWLEDGE_ITEMS, KnowledgeItem.class))
        .addAllPublications(all(SheetType.PUBLICATIONS, Publication.class))
        .addAllInvitations(all(SheetType.INVITATIONS, Invitation.class))
        .addAllBarriers(all(SheetType.BARRIERS, Barrier.class))
        .build();
  }

  private <T> List<T> all(SheetType type, Class<T> kind) {
    return bound(type).stream().map(b -> kind.cast(b.record())).toList();
  }
}
