package org.onebacklog.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the record ({@link HistoryRecorder} writes it): a sprint's entries together with every entry about the
 * items committed to it (their tasks may predate the sprint, when an item was carried over).
 */
@ApplicationScoped
public class History {

    /** The sprint's own entries and all entries about the items ever committed to it, oldest first. */
    public List<Happening> ofSprint(long sprintId) {
        return HistoryEvent.<HistoryEvent>find("sprintId = ?1 or itemId in (select e.itemId from HistoryEvent e"
                + " where e.sprintId = ?1 and e.kind = ?2) order by happenedAt, id", sprintId,
                Happening.Kind.COMMITTED).stream().map(HistoryEvent::toHappening).toList();
    }

    /** When each of these tasks last changed column: how long it has waited where it is. */
    public Map<Long, Instant> lastMoves(Collection<Long> taskIds) {
        Map<Long, Instant> moves = new HashMap<>();
        if (taskIds.isEmpty()) {
            return moves;
        }
        HistoryEvent.getEntityManager().createQuery("select e.taskId, max(e.happenedAt) from HistoryEvent e"
                        + " where e.kind = :kind and e.taskId in :ids group by e.taskId", Object[].class)
                .setParameter("kind", Happening.Kind.TASK_MOVED).setParameter("ids", taskIds)
                .getResultStream().forEach(row -> moves.put((Long) row[0], (Instant) row[1]));
        return moves;
    }

    /** What happened in the product since {@code since}, oldest first: the stand-up's "who did what". */
    public List<Activity> activity(long productId, Instant since) {
        return HistoryEvent.<HistoryEvent>find("productId = ?1 and happenedAt > ?2 order by happenedAt, id", productId,
                since).stream().map(e -> new Activity(e.happenedAt, e.actor, e.kind, e.itemKey, e.taskId, e.title,
                        e.fromColumn, e.toColumn, e.reason)).toList();
    }
}
