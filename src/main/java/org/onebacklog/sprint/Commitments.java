package org.onebacklog.sprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.Estimates;
import org.onebacklog.backlog.ItemKind;
import org.onebacklog.backlog.ItemStatus;
import org.onebacklog.capacity.CapacityPlan;
import org.onebacklog.capacity.CapacityPolicy;
import org.onebacklog.capacity.PolicyService;
import org.onebacklog.capacity.Verdict;
import org.onebacklog.dod.DodService;
import org.onebacklog.events.CapacityOverridden;
import org.onebacklog.events.ItemArchived;
import org.onebacklog.events.ItemCommitted;
import org.onebacklog.events.ItemUncommitted;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;

/**
 * What a sprint commits to, under the capacity policy: committing and taking out items, and the plan's figures
 * (C, r, F, T) the policy judges. Committing an item gives it the tasks its Definition of Done implies (the board
 * observes {@link ItemCommitted}), and those tasks weigh in the verdict.
 */
@ApplicationScoped
public class Commitments {

    @Inject
    Access access;

    @Inject
    PolicyService policies;

    @Inject
    DodService dod;

    @Inject
    DodLoad dodLoad;

    @Inject
    SprintService sprints;

    /** What happened, for the record, the board's DoD tasks, the live views and whoever else observes. */
    @Inject
    Event<ScrumEvent> events;

    /**
     * Commits an item to a planned or active sprint, generating its DoD tasks (once per item and criterion).
     * Under an enforced policy a commitment past the functional limit is refused unless a Product Owner or Scrum
     * Master gives a reason; then the override is kept with the commitment.
     */
    @Transactional
    public PlanView commit(long sprintId, String itemKey, String overrideReason) {
        Sprint sprint = sprints.find(sprintId);
        Member member = access.contributor(sprint.product);
        if (sprint.state == SprintState.CLOSED) {
            throw new Conflict(sprint.name + " is closed; commit to a planned or active sprint", view(sprint));
        }
        if (overrideReason != null && !overrideReason.isBlank()) {
            // A reason sent is checked even when the policy lets the item in without it: no bad text is let by.
            Checks given = new Checks();
            given.reason(overrideReason, "override.reason", "Give the reason for the override");
            given.throwIfAny();
        }
        BacklogItem item = itemOf(sprint, itemKey);
        if (item.status == ItemStatus.DONE) {
            throw new Conflict(item.key + " is done already", view(sprint));
        }
        if (item.sprintId != null) {
            Sprint other = Sprint.findById(item.sprintId);
            throw new Conflict(item.key + " is already committed to " + (other == null ? "a sprint" : other.name),
                    view(sprint));
        }
        CapacityPlan before = capacityPlan(sprint);
        item.sprintId = sprint.id;
        // Observers record it and give the item its DoD tasks, which weigh in the verdict below.
        events.fire(new ItemCommitted(sprint.product.stamp(member.user()), item.ref(), sprint.id, item.kind.name(),
                item.estimate));
        Sprint.flush();
        CapacityPlan after = capacityPlan(sprint);
        Verdict verdict = Verdict.judge(before, after, policyOf(sprint.product).mode, item.key);
        Commitment commitment = new Commitment();
        if (verdict.refused()) {
            String reason = overrideReason == null ? "" : overrideReason.strip();
            if (reason.isEmpty()) {
                // Throwing rolls the generated tasks back too: nothing half-saved.
                throw new Conflict(verdict.message(), planOf(sprint, before));
            }
            if (!member.canRunSprints()) {
                throw new Forbidden(
                        "Only a Product Owner or Scrum Master can override the capacity policy");
            }
            Checks checks = new Checks();
            checks.reason(reason, "override.reason", "Give the reason for the override");
            checks.throwIfAny();
            commitment.overrideReason = reason;
            commitment.overrideBy = member.user();
            events.fire(new CapacityOverridden(sprint.product.stamp(member.user()), item.ref(), sprint.id, reason));
        }
        commitment.sprint = sprint;
        commitment.item = item;
        commitment.committedBy = member.user();
        commitment.dodVersion = dod.versionNumber(sprint.product);
        commitment.persist();
        Commitment.flush();
        return plan(sprint);
    }

    /** Takes an item out of a sprint. Its tasks stay: committing it again does not duplicate them. */
    @Transactional
    public PlanView uncommit(long sprintId, String itemKey) {
        Sprint sprint = sprints.find(sprintId);
        Member member = access.contributor(sprint.product);
        if (sprint.state == SprintState.CLOSED) {
            throw new Conflict(sprint.name + " is closed; its commitments are history", view(sprint));
        }
        BacklogItem item = itemOf(sprint, itemKey);
        Commitment commitment = Commitment.<Commitment>find("sprint = ?1 and item = ?2 and removedAt is null",
                sprint, item).firstResult();
        if (commitment == null) {
            throw new NotFound(item.key + " is not committed to " + sprint.name);
        }
        commitment.removedAt = Instant.now();
        events.fire(new ItemUncommitted(sprint.product.stamp(member.user()), item.ref(), sprint.id));
        item.sprintId = null;
        Commitment.flush();
        return plan(sprint);
    }

    /** An archived item leaves the planned or active sprint it is in; a closed sprint's record stays as it was. */
    void onArchived(@Observes ItemArchived archived) {
        Long sprintId = archived.item().sprintId();
        Sprint sprint = sprintId == null ? null : Sprint.findById(sprintId);
        if (sprint == null || sprint.state == SprintState.CLOSED) {
            return;
        }
        BacklogItem item = BacklogItem.findById(archived.item().id());
        Commitment.<Commitment>find("sprint = ?1 and item = ?2 and removedAt is null", sprint, item)
                .firstResultOptional().ifPresent(c -> c.removedAt = Instant.now());
        events.fire(new ItemUncommitted(archived.stamp(), archived.item(), sprint.id));
        item.sprintId = null;
    }

    public List<Commitment> active(Sprint sprint) {
        return Commitment.list("sprint = ?1 and removedAt is null order by item.rank, committedAt", sprint);
    }

    public PlanView plan(Sprint sprint) {
        return planOf(sprint, capacityPlan(sprint));
    }

    public SprintView view(Sprint sprint) {
        return SprintView.of(sprint, plan(sprint));
    }

    private PlanView planOf(Sprint sprint, CapacityPlan plan) {
        List<PlanView.Override> overrides = new ArrayList<>();
        List<PlanView.PlannedItem> items = new ArrayList<>();
        List<Commitment> commitments = active(sprint);
        Map<Long, BigDecimal> loads = dodLoad.of(commitments.stream().map(c -> c.item).toList());
        for (Commitment commitment : commitments) {
            if (commitment.overrideReason != null) {
                overrides.add(new PlanView.Override(commitment.item.key, commitment.overrideReason,
                        commitment.overrideBy == null ? null : commitment.overrideBy.username));
            }
            BacklogItem item = commitment.item;
            items.add(new PlanView.PlannedItem(item.key, item.kind.name(), item.title,
                    Estimates.plain(item.estimate),
                    Estimates.plain(loads.getOrDefault(item.id, BigDecimal.ZERO)), commitment.dodVersion));
        }
        return PlanView.of(sprint.id, plan, policyOf(sprint.product).mode, overrides, items);
    }

    /** C, r, F and T of the sprint as committed now. */
    CapacityPlan capacityPlan(Sprint sprint) {
        BigDecimal functional = BigDecimal.ZERO;
        BigDecimal technical = BigDecimal.ZERO;
        List<BacklogItem> items = BacklogItem.list("sprintId", sprint.id);
        Map<Long, BigDecimal> loads = dodLoad.of(items);
        for (BacklogItem item : items) {
            BigDecimal estimate = item.estimate == null ? BigDecimal.ZERO : item.estimate;
            if (item.kind == ItemKind.TECHNICAL) {
                technical = technical.add(estimate);
            } else {
                functional = functional.add(estimate);
            }
            technical = technical.add(loads.getOrDefault(item.id, BigDecimal.ZERO));
        }
        return CapacityPlan.of(sprint.capacity, reservedShare(sprint), functional, technical,
                sprint.product.unit.label());
    }

    /** The share this sprint reserves for technical work: its own, if it overrides the policy's. */
    public BigDecimal reservedShare(Sprint sprint) {
        return sprint.reservedShareOverride != null ? sprint.reservedShareOverride
                : policyOf(sprint.product).reservedShare;
    }

    private CapacityPolicy policyOf(Product product) {
        return policies.of(product);
    }

    private static BacklogItem itemOf(Sprint sprint, String itemKey) {
        if (itemKey == null || itemKey.isBlank()) {
            throw new InvalidInput("itemKey", "Name the item to commit, such as " + sprint.product.key + "-1");
        }
        BacklogItem item = BacklogItem.byKey(itemKey.trim()).orElse(null);
        if (item == null || !item.product.id.equals(sprint.product.id)) {
            throw new InvalidInput("itemKey", "There is no item " + itemKey.trim() + " in " + sprint.product.key);
        }
        return item;
    }
}
