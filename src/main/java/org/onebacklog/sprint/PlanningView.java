package org.onebacklog.sprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.onebacklog.backlog.BacklogListing;
import org.onebacklog.capacity.PolicyService;
import org.onebacklog.dod.DodService;
import org.onebacklog.dod.ImpliedTasks;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Access;
import org.onebacklog.product.Product;

/**
 * The planning page's read model: the sprint being planned and its gauge, the backlog's candidates with the DoD
 * work each would bring, the open sprints, the policy and the velocity.
 */
@ApplicationScoped
public class PlanningView {

    @Inject
    Access access;

    @Inject
    SprintService sprints;

    @Inject
    Commitments commitments;

    @Inject
    PolicyService policies;

    @Inject
    DodService dod;

    @Inject
    BacklogListing listing;

    /** What the planning page shows for this product (and this sprint, if one is asked for). */
    public Planning planning(Product product, Long sprintId) {
        access.member(product);
        Sprint sprint = sprintId == null ? sprints.nextToPlan(product) : Sprint.<Sprint>findByIdOptional(sprintId)
                .filter(s -> s.product.id.equals(product.id))
                .orElseThrow(() -> new NotFound("There is no sprint " + sprintId + " in " + product.key));
        PlanView plan = sprint == null ? null : commitments.plan(sprint);
        var criteria = dod.activeCriteria(product);
        List<Planning.Candidate> candidates = listing.readyForPlanning(product).stream()
                .map(item -> new Planning.Candidate(item, criteria.stream().filter(c -> c.impliesTask)
                        .map(c -> ImpliedTasks.estimate(c.estimate, c.estimateShare, item.estimate))
                        .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
        List<Sprint> open = Sprint.list("product = ?1 and state <> ?2 order by start, id", product,
                SprintState.CLOSED);
        return new Planning(sprint, plan, plan == null ? null : Gauge.of(plan), candidates, open,
                policies.of(product), Velocity.meanOfLast(sprints.completedNewestFirst(product)));
    }
}
