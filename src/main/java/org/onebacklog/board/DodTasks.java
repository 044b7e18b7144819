package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.ItemFinishing;
import org.onebacklog.backlog.Ranking;
import org.onebacklog.dod.Criterion;
import org.onebacklog.dod.DodService;
import org.onebacklog.dod.ImpliedTasks;
import org.onebacklog.events.ItemCommitted;
import org.onebacklog.events.Stamp;
import org.onebacklog.events.TaskAdded;
import org.onebacklog.failure.Conflict;
import org.onebacklog.sprint.DodLoad;

/**
 * The tasks the Definition of Done implies: generated when an item is committed, weighed for the capacity policy,
 * and holding an item back from Done while one is open.
 */
@ApplicationScoped
public class DodTasks implements DodLoad {

    @Inject
    DodService dod;

    @Inject
    Event<TaskAdded> added;

    /**
     * Inside the commitment's transaction and before the policy judges it (the tasks weigh in): a refused
     * commitment rolls them back with it.
     */
    void onCommitted(@Observes ItemCommitted committed) {
        BacklogItem item = BacklogItem.findById(committed.item().id());
        generate(item, dod.activeCriteria(item.product), committed.stamp());
    }

    /**
     * Gives the item one task per task-implying criterion, exactly once: a criterion that already gave this item a
     * task (in an earlier sprint, say) gives none again. The database's unique (item, criterion) backs this up.
     */
    List<Task> generate(BacklogItem item, List<Criterion> criteria, Stamp stamp) {
        List<Long> done = Task.<Task>list("item = ?1 and criterion is not null", item).stream()
                .map(t -> t.criterion.id).toList();
        List<Task> created = new ArrayList<>();
        String first = Columns.firstKey(item.product);
        String last = TaskService.lastRank(item, first);
        for (Criterion criterion : criteria) {
            if (!criterion.impliesTask || done.contains(criterion.id)) {
                continue;
            }
            Task task = new Task();
            task.item = item;
            task.column = first;
            task.criterion = criterion;
            task.title = criterion.taskTitle;
            task.category = criterion.category;
            task.estimate = ImpliedTasks.estimate(criterion.estimate, criterion.estimateShare, item.estimate);
            task.remaining = task.estimate;
            task.rank = Ranking.between(last, null);
            last = task.rank;
            task.persist();
            added.fire(new TaskAdded(stamp, task.ref(), task.column, task.estimate));
            created.add(task);
        }
        return created;
    }

    @Override
    public Map<Long, BigDecimal> of(Collection<BacklogItem> items) {
        Map<Long, BigDecimal> loads = new HashMap<>();
        if (items.isEmpty()) {
            return loads;
        }
        List<Object[]> rows = Task.getEntityManager().createQuery("select t.item.id, sum(t.estimate) from Task t"
                + " where t.item in :items and t.criterion is not null and t.waived = false group by t.item.id",
                Object[].class).setParameter("items", items).getResultList();
        for (Object[] row : rows) {
            if (row[1] != null) {
                loads.put((Long) row[0], (BigDecimal) row[1]);
            }
        }
        return loads;
    }

    /** The Definition of Done holds: no item is Done while one of its DoD tasks is open and not waived. */
    void refuseUnfinishedDod(@Observes ItemFinishing finishing) {
        String done = Columns.doneKey(finishing.item().product);
        List<Task> open = Task.<Task>list("item = ?1 and criterion is not null", finishing.item()).stream()
                .filter(t -> !t.isClosed(done)).toList();
        if (!open.isEmpty()) {
            String titles = String.join(", ", open.stream().map(t -> t.title).toList());
            throw new Conflict(finishing.item().key + " cannot be done while " + (open.size() == 1
                    ? "a task of the Definition of Done is open: " : open.size()
                    + " tasks of the Definition of Done are open: ") + titles
                    + ". Finish them, or the Product Owner waives them with a reason.",
                    open.stream().map(TaskView::of).toList());
        }
    }
}
