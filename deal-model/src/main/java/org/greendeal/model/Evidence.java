package org.greendeal.model;

import com.google.common.collect.Iterables;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The recorded evidence for one deal: the lists of an evidence file, one per record type. */
@Value.Immutable
public abstract class Evidence {
  /** The deal the evidence is for; the built-in deal when empty. */
  public abstract Optional<String> deal();

  /** Parties that joined after signing. */
  public abstract List<JoinedParty> joined();

  public abstract List<Trajectory> trajectories();

  public abstract List<Contribution> contributions();

  public abstract List<PolicyIntegration> policyIntegrations();

  public abstract List<Appointment> appointments();

  public abstract List<WorkingGroup> workingGroups();

  public abstract List<Activity> activities();

  public abstract List<Communication> communications();

  public abstract List<Effort> efforts();

  public abstract List<Instrument> instruments();

  public abstract List<KnowledgeItem> knowledgeItems();

  public abstract List<Publication> publications();

  public abstract List<Invitation> invitations();

  public abstract List<Barrier> barriers();

  /** No evidence at all. */
  public static Evidence empty() {
    return ImmutableEvidence.builder().build();
  }

  /** Every record, list by list in the order of the evidence file. */
  public Iterable<EvidenceRecord> records() {
    return Iterables.concat(trajectories(), contributions(), policyIntegrations(),
        appointments(), workingGroups(), activities(), communications(), efforts(),
        instruments(), knowledgeItems(), publications(), invitations(), barriers());
  }

  /** The number of records. */
  public int size() {
    return Iterables.size(records());
  }

  /** These records followed by {@code other}'s, list by list; the first named deal wins. */
  public Evidence concat(Evidence other) {
    return ImmutableEvidence.builder().from(this)
        .deal(deal().or(other::deal))
        .addAllJoined(other.joined())
        .addAllTrajectories(other.trajectories())
        .addAllContributions(other.contributions())
        .addAllPolicyIntegrations(other.policyIntegrations())
        .addAllAppointments(other.appointments())
        .addAllWorkingGroups(other.workingGroups())
        .addAllActivities(other.activities())
        .addAllCommunications(other.communications())
        .addAllEfforts(other.efforts())
        .addAllInstruments(other.instruments())
        .addAllKnowledgeItems(other.knowledgeItems())
        .addAllPublications(other.publications())
        .addAllInvitations(other.invitations())
        .addAllBarriers(other.barriers())
        .build();
  }
}
