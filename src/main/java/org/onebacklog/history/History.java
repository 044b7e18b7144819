package org.onebacklog.history;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Reads the record ({@link HistoryRecorder} writes it): a sprint's entries together with every entry about the
 * items committed to it (their tasks may predate the sprint, when an item was carried over).
 */
@ApplicationScoped
public class History {

    /**
     * The sprint's own entries and all entries about the items ever committed to it, oldest first. Two queries, each
     * on its index: as one ("sprint or item in …") H2 read the whole record of every product on every TV frame.
     */
    public List<Happening> ofSprint(long sprintId) {
        List<HistoryEvent> events = new java.util.ArrayList<>(HistoryEvent.<HistoryEvent>list("sprintId = ?1",
                sprintId));
        events.addAll(HistoryEvent.<HistoryEvent>list("itemId in (select e.itemId from HistoryEvent e"
                + " where e.sprintId = ?1 and e.kind = ?2) and (sprintId is null or sprintId <> ?1)", sprintId,
                Happening.Kind.COMMITTED));
        events.sort(java.util.Comparator.comparing((HistoryEvent e) -> e.happenedAt).thenComparing(e -> e.id));
        return events.stream().map(HistoryEvent::toHappening).toList();
    }

    /** What happened in the product since {@code since}, oldest first: the stand-up's "who did what". */
    public List<Activity> activity(long productId, Instant since) {
        return HistoryEvent.<HistoryEvent>find("productId = ?1 and happenedAt > ?2 order by happenedAt, id", productId,
                since).stream().map(History::activity).toList();
    }

    /**
     * The tasks' titles as the record last wrote them (every entry about a task keeps its title then): the review
     * names tasks that were deleted since, or renamed, as the team last saw them.
     */
    public java.util.Map<Long, String> taskTitles(java.util.Collection<Long> taskIds) {
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        if (!taskIds.isEmpty()) {
            HistoryEvent.<HistoryEvent>find("taskId in ?1 and title is not null order by happenedAt, id", taskIds)
                    .stream().forEach(e -> titles.put(e.taskId, e.title));
        }
        return titles;
    }

    /** What happened to one task, oldest first: its card's history in the task's detail. */
    public List<Activity> ofTask(long taskId) {
        return HistoryEvent.<HistoryEvent>find("taskId = ?1 order by happenedAt, id", taskId).stream()
                .map(History::activity).toList();
    }

    /** What happened to one item and its tasks, newest first: the item page's history. */
    public List<Activity> ofItem(long itemId, int most) {
        return HistoryEvent.<HistoryEvent>find("itemId = ?1 order by happenedAt desc, id desc", itemId).page(0, most)
                .stream().map(History::activity).toList();
    }

    /** How many entries the item's record holds in all (its page shows the newest). */
    public long countOfItem(long itemId) {
        return HistoryEvent.count("itemId", itemId);
    }

    /**
     * The names of these sprints, by id: the record keeps a sprint's id, and its page names it. Read as plain SQL so
     * that the record does not depend on the sprint feature.
     */
    public java.util.Map<Long, String> sprintNames(java.util.Collection<Long> sprintIds) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!sprintIds.isEmpty()) {
            List<?> rows = HistoryEvent.getEntityManager()
                    .createNativeQuery("select id, name from sprint where id in (:ids)")
                    .setParameter("ids", sprintIds).getResultList();
            for (Object row : rows) {
                Object[] cells = (Object[]) row;
                names.put(((Number) cells[0]).longValue(), (String) cells[1]);
            }
        }
        return names;
    }

    private static Activity activity(HistoryEvent e) {
        return new Activity(e.happenedAt, e.actor, e.kind, e.itemKey, e.taskId, e.title, e.fromColumn, e.toColumn,
                e.reason, e.done, e.sprintId);
    }
}
