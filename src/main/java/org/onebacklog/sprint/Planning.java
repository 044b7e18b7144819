package org.onebacklog.sprint;

import java.math.BigDecimal;
import java.util.List;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.capacity.CapacityPolicy;

/**
 * Everything the planning page shows: the sprint being planned and its plan, the backlog items that could go in
 * (with the DoD work each would bring), the product's sprints and its policy.
 */
public record Planning(Sprint sprint, PlanView plan, Gauge gauge, List<Candidate> candidates, List<Sprint> sprints,
        CapacityPolicy policy, BigDecimal velocity) {

    /** A backlog item planning could pull in, and the DoD-implied work it would bring along. */
    public record Candidate(BacklogItem item, BigDecimal dodLoad) {
    }

    public boolean hasSprint() {
        return sprint != null;
    }
}
