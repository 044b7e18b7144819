package org.onebacklog.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.NotFound;
import org.onebacklog.history.Happening;
import org.onebacklog.history.History;
import org.onebacklog.history.SprintRecord;
import org.onebacklog.history.TeamCalendar;
import org.onebacklog.product.Access;
import org.onebacklog.product.Product;
import org.onebacklog.sprint.Commitments;
import org.onebacklog.sprint.Sprint;
import org.onebacklog.sprint.SprintService;
import org.onebacklog.sprint.SprintState;

/** Builds sprint reviews from the record: for the review page, its JSON and CSV, and the TV. */
@ApplicationScoped
public class ReviewService {

    /** How many closed sprints the velocity chart shows. */
    static final int VELOCITY_SPRINTS = 6;

    @Inject
    Access access;

    @Inject
    History history;

    @Inject
    TeamCalendar calendar;

    @Inject
    SprintService sprints;

    @Inject
    Commitments commitments;

    /** The review of a sprint, for members of its product. */
    public SprintReport report(long sprintId) {
        Sprint sprint = Sprint.<Sprint>findByIdOptional(sprintId)
                .orElseThrow(() -> new NotFound("There is no sprint " + sprintId));
        access.member(sprint.product);
        return reportOf(sprint);
    }

    /** The review of a sprint, without an access check: the caller has checked (a member, or a display token). */
    public SprintReport reportOf(Sprint sprint) {
        return reportOf(sprint, true);
    }

    /**
     * What a TV shows of the running sprint: the review without the velocity of past sprints, which the TV does not
     * show and which would replay up to six more records on every live update.
     */
    public SprintReport currentOf(Sprint sprint) {
        return reportOf(sprint, false);
    }

    private SprintReport reportOf(Sprint sprint, boolean withVelocity) {
        if (sprint.state == SprintState.PLANNED) {
            throw new Conflict(sprint.name + " has not started yet: its review opens when it starts",
                    sprints.view(sprint));
        }
        SprintRecord.Figures figures = figures(sprint);
        Set<String> keys = new HashSet<>();
        figures.committed().forEach(l -> keys.add(l.itemKey()));
        figures.added().forEach(l -> keys.add(l.itemKey()));
        figures.removed().forEach(l -> keys.add(l.itemKey()));
        figures.notCompleted().forEach(l -> keys.add(l.itemKey()));
        figures.blocked().forEach(b -> keys.add(b.itemKey()));
        Map<String, String> titles = titles(keys);
        Product product = sprint.product;
        return new SprintReport(sprint.id, product.key, product.name, sprint.name, sprint.goal, sprint.state,
                sprint.start, sprint.end, product.unit.label(), figures, titles,
                withVelocity ? velocity(sprint) : List.of(),
                sprint.state == SprintState.ACTIVE ? calendar.daysLeft(sprint.start, sprint.end) : 0,
                blocked(figures, titles));
    }

    /** The active sprint of a product, or null. */
    public Sprint activeSprint(Product product) {
        return Sprint.active(product).orElse(null);
    }

    /** The sprint a product's "Review" link opens: the active one, else the one closed last; null if neither. */
    public Sprint latestReviewable(Product product) {
        Sprint active = activeSprint(product);
        if (active != null) {
            return active;
        }
        return Sprint.<Sprint>find("product = ?1 and state = ?2 order by closedAt desc", product,
                SprintState.CLOSED).firstResult();
    }

    /** Started and closed sprints, newest first: the review page's sprint switcher. */
    public List<Sprint> reviewable(Product product) {
        return Sprint.list("product = ?1 and state <> ?2 order by start desc, id desc", product,
                SprintState.PLANNED);
    }

    SprintRecord.Figures figures(Sprint sprint) {
        List<Happening> record = new ArrayList<>(history.ofSprint(sprint.id));
        // Sprints started before the record was kept still get a start and an end to replay against.
        if (sprint.startedAt != null && record.stream().noneMatch(h -> h.kind() == Happening.Kind.SPRINT_STARTED)) {
            record.add(Happening.started(sprint.startedAt, sprint.id, sprint.capacity, commitments.reservedShare(sprint)));
        }
        if (sprint.closedAt != null && record.stream().noneMatch(h -> h.kind() == Happening.Kind.SPRINT_CLOSED)) {
            record.add(Happening.closed(sprint.closedAt, sprint.id));
        }
        return SprintRecord.replay(sprint.id, sprint.start, sprint.end, record, calendar.now(), calendar.zone());
    }

    private List<SprintReport.VelocityPoint> velocity(Sprint sprint) {
        List<Sprint> closed = Sprint.<Sprint>find("product = ?1 and state = ?2 and closedAt <= ?3"
                + " order by closedAt desc", sprint.product, SprintState.CLOSED,
                sprint.closedAt != null ? sprint.closedAt : calendar.now()).page(0, VELOCITY_SPRINTS).list();
        List<SprintReport.VelocityPoint> points = new ArrayList<>();
        for (int i = closed.size() - 1; i >= 0; i--) {
            Sprint s = closed.get(i);
            points.add(new SprintReport.VelocityPoint(s.id, s.name, figures(s).completedEstimate(),
                    s.id.equals(sprint.id)));
        }
        return points;
    }

    /** The record's blocked spells, named and measured up to the close (or now) in the team's days. */
    private List<BlockedSpell> blocked(SprintRecord.Figures figures, Map<String, String> itemTitles) {
        Set<Long> taskIds = new HashSet<>();
        figures.blocked().stream().filter(b -> b.taskId() != null).forEach(b -> taskIds.add(b.taskId()));
        Map<Long, String> taskTitles = history.taskTitles(taskIds);
        java.time.Instant asOf = figures.closedAt() != null ? figures.closedAt() : calendar.now();
        return figures.blocked().stream().map(b -> BlockedSpell.of(b, b.taskId() != null
                ? taskTitles.getOrDefault(b.taskId(), "Task #" + b.taskId())
                : itemTitles.getOrDefault(b.itemKey(), b.itemKey()), asOf, calendar.zone())).toList();
    }

    private static Map<String, String> titles(Set<String> keys) {
        Map<String, String> titles = new HashMap<>();
        if (!keys.isEmpty()) {
            BacklogItem.<BacklogItem>list("key in ?1", keys).forEach(i -> titles.put(i.key, i.title));
        }
        return titles;
    }
}
