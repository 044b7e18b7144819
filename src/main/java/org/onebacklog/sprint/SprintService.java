package org.onebacklog.sprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onebacklog.account.Access;
import org.onebacklog.account.Member;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.BacklogService;
import org.onebacklog.backlog.ItemKind;
import org.onebacklog.backlog.ItemStatus;
import org.onebacklog.board.Task;
import org.onebacklog.board.TaskService;
import org.onebacklog.capacity.CapacityPlan;
import org.onebacklog.capacity.CapacityPolicy;
import org.onebacklog.capacity.PolicyService;
import org.onebacklog.capacity.Verdict;
import org.onebacklog.dod.DodService;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.InvalidInput;
import org.onebacklog.failure.NotFound;
import org.onebacklog.history.History;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;

/**
 * Sprints: planning them, committing items under the capacity policy, starting and closing them. Committing an
 * item gives it the tasks its Definition of Done implies.
 */
@ApplicationScoped
public class SprintService {

    static final String CAPACITY_MAX = "99999";

    @Inject
    ProductService products;

    @Inject
    Access access;

    @Inject
    PolicyService policies;

    @Inject
    DodService dod;

    @Inject
    TaskService tasks;

    @Inject
    BacklogService backlog;

    @Inject
    History history;

    /** Announces committed changes to the live views (delivered after commit only). */
    @Inject
    jakarta.enterprise.event.Event<org.onebacklog.live.Change> changes;

    @Transactional
    public Sprint create(String productKey, SprintDraft draft) {
        Product product = products.find(productKey);
        access.sprintRunner(product);
        Checks checks = new Checks();
        check(draft, checks);
        checks.throwIfAny();
        Sprint sprint = new Sprint();
        sprint.product = product;
        apply(sprint, draft);
        if (sprint.capacity == null) {
            sprint.capacity = Velocity.meanOfLast(completedNewestFirst(product));
        }
        sprint.persist();
        changed(sprint.product);
        return sprint;
    }

    @Transactional
    public Sprint update(long id, SprintDraft draft, Long expectedVersion) {
        Sprint sprint = find(id);
        access.sprintRunner(sprint.product);
        if (sprint.state == SprintState.CLOSED) {
            throw new Conflict(sprint.name + " is closed; its plan is history now", view(sprint));
        }
        if (expectedVersion != null && sprint.version != expectedVersion) {
            throw new Conflict(sprint.name + " was changed meanwhile (it is at version " + sprint.version + ")",
                    view(sprint));
        }
        Checks checks = new Checks();
        check(draft, checks);
        checks.throwIfAny();
        apply(sprint, draft);
        Sprint.flush();
        changed(sprint.product);
        return sprint;
    }

    @Transactional
    public Sprint start(long id) {
        Sprint sprint = find(id);
        access.sprintRunner(sprint.product);
        Product.byKeyForUpdate(sprint.product.key); // one start at a time per product
        if (sprint.state != SprintState.PLANNED) {
            throw new Conflict(sprint.name + " is " + sprint.state.name().toLowerCase()
                    + "; only a planned sprint can start", view(sprint));
        }
        Sprint active = Sprint.<Sprint>find("product = ?1 and state = ?2", sprint.product, SprintState.ACTIVE)
                .firstResult();
        if (active != null) {
            throw new Conflict(active.name + " is still active; close it before starting " + sprint.name,
                    view(sprint));
        }
        sprint.state = SprintState.ACTIVE;
        sprint.startedAt = Instant.now();
        history.sprintStarted(sprint, reservedShare(sprint));
        Sprint.flush();
        changed(sprint.product);
        return sprint;
    }

    /**
     * Closes the sprint: done items count as completed (the velocity), unfinished ones go back on top of the
     * backlog, in their order, and are recorded as carried over.
     */
    @Transactional
    public Sprint close(long id) {
        Sprint sprint = find(id);
        access.sprintRunner(sprint.product);
        if (sprint.state != SprintState.ACTIVE) {
            throw new Conflict(sprint.state == SprintState.PLANNED
                    ? sprint.name + " has not started; only an active sprint can be closed"
                    : sprint.name + " is already closed", view(sprint));
        }
        BigDecimal completed = BigDecimal.ZERO;
        List<BacklogItem> carried = new ArrayList<>();
        for (Commitment commitment : active(sprint)) {
            BacklogItem item = commitment.item;
            if (item.status == ItemStatus.DONE) {
                commitment.outcome = Commitment.COMPLETED;
                completed = completed.add(item.estimate == null ? BigDecimal.ZERO : item.estimate);
            } else {
                commitment.outcome = Commitment.CARRIED_OVER;
                history.carriedOver(sprint, item);
                item.sprintId = null;
                carried.add(item);
            }
        }
        carried.sort(Comparator.comparing((BacklogItem i) -> i.rank == null ? "" : i.rank));
        backlog.returnToTop(sprint.product, carried);
        sprint.state = SprintState.CLOSED;
        sprint.closedAt = Instant.now();
        sprint.completedEstimate = completed;
        history.sprintClosed(sprint);
        Sprint.flush();
        changed(sprint.product);
        return sprint;
    }

    /**
     * Commits an item to a planned or active sprint, generating its DoD tasks (once per item and criterion).
     * Under an enforced policy a commitment past the functional limit is refused unless a Product Owner or Scrum
     * Master gives a reason; then the override is kept with the commitment.
     */
    @Transactional
    public PlanView commit(long sprintId, String itemKey, String overrideReason) {
        Sprint sprint = find(sprintId);
        Member member = access.contributor(sprint.product);
        if (sprint.state == SprintState.CLOSED) {
            throw new Conflict(sprint.name + " is closed; commit to a planned or active sprint", view(sprint));
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
        tasks.generateImplied(item, dod.activeCriteria(sprint.product));
        Task.flush();
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
                throw new org.onebacklog.failure.Forbidden(
                        "Only a Product Owner or Scrum Master can override the capacity policy");
            }
            Checks checks = new Checks();
            checks.reason(reason, "override.reason", "Give the reason for the override");
            checks.throwIfAny();
            commitment.overrideReason = reason;
            commitment.overrideBy = member.user();
        }
        commitment.sprint = sprint;
        commitment.item = item;
        commitment.committedBy = member.user();
        commitment.dodVersion = dod.versionNumber(sprint.product);
        commitment.persist();
        history.committed(sprint, item, commitment.overrideReason,
                commitment.overrideBy == null ? null : commitment.overrideBy.username);
        Commitment.flush();
        changed(sprint.product);
        return plan(sprint);
    }

    /** Takes an item out of a sprint. Its tasks stay: committing it again does not duplicate them. */
    @Transactional
    public PlanView uncommit(long sprintId, String itemKey) {
        Sprint sprint = find(sprintId);
        access.contributor(sprint.product);
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
        history.removed(sprint, item);
        item.sprintId = null;
        Commitment.flush();
        changed(sprint.product);
        return plan(sprint);
    }

    public Sprint get(long id) {
        Sprint sprint = find(id);
        access.member(sprint.product);
        return sprint;
    }

    public List<Sprint> sprints(String productKey) {
        Product product = products.find(productKey);
        access.member(product);
        return Sprint.list("product = ?1 order by start, id", product);
    }

    /** The sprint planning is for: the active one if none is planned, else the first planned one. */
    public Sprint nextToPlan(Product product) {
        Sprint planned = Sprint.<Sprint>find("product = ?1 and state = ?2 order by start, id", product,
                SprintState.PLANNED).firstResult();
        if (planned != null) {
            return planned;
        }
        return Sprint.<Sprint>find("product = ?1 and state = ?2", product, SprintState.ACTIVE).firstResult();
    }

    /** What the planning page shows for this product (and this sprint, if one is asked for). */
    public Planning planning(Product product, Long sprintId) {
        access.member(product);
        Sprint sprint = sprintId == null ? nextToPlan(product) : Sprint.<Sprint>findByIdOptional(sprintId)
                .filter(s -> s.product.id.equals(product.id))
                .orElseThrow(() -> new NotFound("There is no sprint " + sprintId + " in " + product.key));
        PlanView plan = sprint == null ? null : plan(sprint);
        var criteria = dod.activeCriteria(product);
        List<Planning.Candidate> candidates = backlog.readyForPlanning(product).stream()
                .map(item -> new Planning.Candidate(item, criteria.stream().filter(c -> c.impliesTask)
                        .map(c -> org.onebacklog.dod.ImpliedTasks.estimate(c.estimate, c.estimateShare, item.estimate))
                        .filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)))
                .toList();
        List<Sprint> open = Sprint.list("product = ?1 and state <> ?2 order by start, id", product,
                SprintState.CLOSED);
        return new Planning(sprint, plan, plan == null ? null : Gauge.of(plan), candidates, open,
                policies.of(product), Velocity.meanOfLast(completedNewestFirst(product)));
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
        for (Commitment commitment : active(sprint)) {
            if (commitment.overrideReason != null) {
                overrides.add(new PlanView.Override(commitment.item.key, commitment.overrideReason,
                        commitment.overrideBy == null ? null : commitment.overrideBy.username));
            }
            BacklogItem item = commitment.item;
            items.add(new PlanView.PlannedItem(item.key, item.kind.name(), item.title,
                    org.onebacklog.backlog.Estimates.plain(item.estimate),
                    org.onebacklog.backlog.Estimates.plain(dodLoad(item)), commitment.dodVersion));
        }
        return PlanView.of(sprint.id, plan, policyOf(sprint.product).mode, overrides, items);
    }

    /** C, r, F and T of the sprint as committed now. */
    CapacityPlan capacityPlan(Sprint sprint) {
        BigDecimal functional = BigDecimal.ZERO;
        BigDecimal technical = BigDecimal.ZERO;
        List<BacklogItem> items = BacklogItem.list("sprintId", sprint.id);
        for (BacklogItem item : items) {
            BigDecimal estimate = item.estimate == null ? BigDecimal.ZERO : item.estimate;
            if (item.kind == ItemKind.TECHNICAL) {
                technical = technical.add(estimate);
            } else {
                functional = functional.add(estimate);
            }
            technical = technical.add(dodLoad(item));
        }
        return CapacityPlan.of(sprint.capacity, reservedShare(sprint), functional, technical,
                sprint.product.unit.label());
    }

    /** The share this sprint reserves for technical work: its own, if it overrides the policy's. */
    public BigDecimal reservedShare(Sprint sprint) {
        return sprint.reservedShareOverride != null ? sprint.reservedShareOverride
                : policyOf(sprint.product).reservedShare;
    }

    /** What the item's open DoD tasks weigh (waived ones are not going to be done). */
    private static BigDecimal dodLoad(BacklogItem item) {
        BigDecimal load = Task.getEntityManager().createQuery("select sum(t.estimate) from Task t where t.item = :i"
                + " and t.criterion is not null and t.waived = false", BigDecimal.class)
                .setParameter("i", item).getSingleResult();
        return load == null ? BigDecimal.ZERO : load;
    }

    private void changed(Product product) {
        changes.fire(new org.onebacklog.live.Change(product.key, org.onebacklog.live.Change.PLAN));
    }

    private CapacityPolicy policyOf(Product product) {
        return policies.of(product);
    }

    private List<BigDecimal> completedNewestFirst(Product product) {
        return Sprint.<Sprint>list("product = ?1 and state = ?2 order by closedAt desc", product,
                SprintState.CLOSED).stream().map(s -> s.completedEstimate).toList();
    }

    private Sprint find(long id) {
        return Sprint.<Sprint>findByIdOptional(id).orElseThrow(() -> new NotFound("There is no sprint " + id));
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

    private static void check(SprintDraft draft, Checks checks) {
        Drafts.check(draft, checks);
        if (draft.reservedShareOverride() != null) {
            checks.reason(draft.shareOverrideReason(), "shareOverrideReason",
                    "Say why this sprint reserves another share than the policy");
        }
    }

    private static void apply(Sprint sprint, SprintDraft draft) {
        sprint.name = draft.name().strip();
        sprint.goal = draft.goal() == null || draft.goal().isBlank() ? null : draft.goal().strip();
        sprint.start = draft.start();
        sprint.end = draft.end();
        if (draft.capacity() != null || sprint.id != null) {
            sprint.capacity = draft.capacity();
        }
        sprint.reservedShareOverride = draft.reservedShareOverride();
        sprint.shareOverrideReason = draft.reservedShareOverride() == null ? null
                : draft.shareOverrideReason().strip();
    }
}
