package org.greendeal.testkit;

import java.util.ArrayList;
import java.util.List;
import org.greendeal.model.EvidenceRecord;
import org.greendeal.model.LocalizedText;
import org.greendeal.model.PartyId;
import org.greendeal.model.RecordType;
import org.greendeal.model.Role;
import org.greendeal.rules.EvaluationContext;
import org.greendeal.rules.Finding;
import org.greendeal.rules.ImmutableFinding;
import org.greendeal.rules.Rule;
import org.greendeal.rules.Status;

/** A team's own rule, as an example: each procuring participant has at most 100 trajectories. */
final class TrajectoryCapRule implements Rule {
  static final String ID = "CAP-1";
  static final int CAP = 100;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "each procuring participant has at most " + CAP + " trajectories";
  }

  @Override
  public List<Finding> evaluate(EvaluationContext context) {
    List<Finding> findings = new ArrayList<>();
    for (PartyId party : context.deal().partiesWith(Role.PROCURING_PARTICIPANT)) {
      List<EvidenceRecord> trajectories = context.records(party, RecordType.TRAJECTORY);
      int count = trajectories.size();
      Status status = count <= CAP ? Status.WITHIN_LIMIT : Status.EXCEEDED;
      findings.add(ImmutableFinding.builder()
          .code(ID)
          .party(party)
          .status(status)
          .severity(status.severity())
          .actual(count)
          .required(CAP)
          .evidence(trajectories.stream().map(EvidenceRecord::ref).distinct().toList())
          .message(LocalizedText.of(count + " van hoogstens " + CAP + " trajecten",
              count + " of at most " + CAP + " trajectories"))
          .build());
    }
    return findings;
  }
}
