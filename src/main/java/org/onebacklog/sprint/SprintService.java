package org.onebacklog.sprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.BacklogOrder;
import org.onebacklog.backlog.ItemStatus;
import org.onebacklog.events.ItemRef;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.events.SprintClosed;
import org.onebacklog.events.SprintPlanned;
import org.onebacklog.events.SprintStarted;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Access;
import org.onebacklog.product.Member;
import org.onebacklog.product.Product;
import org.onebacklog.product.ProductService;

/**
 * A sprint's life: planning its dates, capacity and reserve, starting it and closing it (unfinished work goes back
 * on top of the backlog). What it commits to is {@link Commitments}' job; the planning page reads {@link
 * PlanningView}.
 */
@ApplicationScoped
public class SprintService {

    static final String CAPACITY_MAX = "99999";

    @Inject
    ProductService products;

    @Inject
    Access access;

    @Inject
    Commitments commitments;

    @Inject
    BacklogOrder order;

    /** What happened, for the record, the board's DoD tasks, the live views and whoever else observes. */
    @Inject
    Event<ScrumEvent> events;

    @Transactional
    public Sprint create(String productKey, SprintDraft draft) {
        Product product = products.find(productKey);
        Member member = access.sprintRunner(product);
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
        events.fire(new SprintPlanned(product.stamp(member.user()), sprint.id, sprint.name, true));
        return sprint;
    }

    @Transactional
    public Sprint update(long id, SprintDraft draft, Long expectedVersion) {
        Sprint sprint = find(id);
        Member member = access.sprintRunner(sprint.product);
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
        events.fire(new SprintPlanned(sprint.product.stamp(member.user()), sprint.id, sprint.name, false));
        return sprint;
    }

    @Transactional
    public Sprint start(long id) {
        Sprint sprint = find(id);
        Member member = access.sprintRunner(sprint.product);
        Product.byKeyForUpdate(sprint.product.key); // one start at a time per product
        if (sprint.state != SprintState.PLANNED) {
            throw new Conflict(sprint.name + " is " + sprint.state.name().toLowerCase()
                    + "; only a planned sprint can start", view(sprint));
        }
        Sprint active = Sprint.active(sprint.product).orElse(null);
        if (active != null) {
            throw new Conflict(active.name + " is still active; close it before starting " + sprint.name,
                    view(sprint));
        }
        sprint.state = SprintState.ACTIVE;
        sprint.startedAt = Instant.now();
        Sprint.flush();
        events.fire(new SprintStarted(sprint.product.stamp(member.user()), sprint.id, sprint.name, sprint.capacity,
                commitments.reservedShare(sprint)));
        return sprint;
    }

    /**
     * Closes the sprint: done items count as completed (the velocity), unfinished ones go back on top of the
     * backlog, in their order, and are recorded as carried over.
     */
    @Transactional
    public Sprint close(long id) {
        Sprint sprint = find(id);
        Member member = access.sprintRunner(sprint.product);
        if (sprint.state != SprintState.ACTIVE) {
            throw new Conflict(sprint.state == SprintState.PLANNED
                    ? sprint.name + " has not started; only an active sprint can be closed"
                    : sprint.name + " is already closed", view(sprint));
        }
        BigDecimal completed = BigDecimal.ZERO;
        List<BacklogItem> carried = new ArrayList<>();
        List<ItemRef> carriedOver = new ArrayList<>();
        for (Commitment commitment : commitments.active(sprint)) {
            BacklogItem item = commitment.item;
            if (item.status == ItemStatus.DONE) {
                commitment.outcome = Commitment.COMPLETED;
                completed = completed.add(item.estimate == null ? BigDecimal.ZERO : item.estimate);
            } else {
                commitment.outcome = Commitment.CARRIED_OVER;
                carriedOver.add(item.ref()); // while it still names the sprint it leaves
                item.sprintId = null;
                carried.add(item);
            }
        }
        carried.sort(Comparator.comparing((BacklogItem i) -> i.rank == null ? "" : i.rank));
        order.returnToTop(sprint.product, carried);
        sprint.state = SprintState.CLOSED;
        sprint.closedAt = Instant.now();
        sprint.completedEstimate = completed;
        Sprint.flush();
        events.fire(new SprintClosed(sprint.product.stamp(member.user()), sprint.id, sprint.name, completed,
                carriedOver));
        return sprint;
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
        return Sprint.active(product).orElse(null);
    }

    public SprintView view(Sprint sprint) {
        return commitments.view(sprint);
    }

    List<BigDecimal> completedNewestFirst(Product product) {
        return Sprint.<Sprint>list("product = ?1 and state = ?2 order by closedAt desc", product,
                SprintState.CLOSED).stream().map(s -> s.completedEstimate).toList();
    }

    /** The name the next sprint is offered: the highest "Sprint N" plus one. */
    public String nextName(Product product) {
        return SprintNames.next(Sprint.<Sprint>list("product", product).stream().map(s -> s.name).toList());
    }

    Sprint find(long id) {
        return Sprint.<Sprint>findByIdOptional(id).orElseThrow(() -> new NotFound("There is no sprint " + id));
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
