package org.onebacklog.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.Estimates;
import org.onebacklog.backlog.ItemWork;
import org.onebacklog.sprint.Commitment;
import org.onebacklog.sprint.Sprint;

/** The board's side of an item's page: its sprint, its tasks column by column, its Definition of Done so far. */
@ApplicationScoped
public class ItemWorkOnBoard implements ItemWork {

    @Inject
    TaskService tasks;

    @Override
    @Transactional
    public Work of(BacklogItem item) {
        List<Columns.Lane> lanes = Columns.of(item.product);
        String doneKey = lanes.get(lanes.size() - 1).key();
        Map<String, List<Card>> byColumn = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        lanes.forEach(lane -> {
            byColumn.put(lane.key(), new ArrayList<>());
            names.put(lane.key(), lane.name());
        });
        int dod = 0;
        int done = 0;
        int waived = 0;
        for (Task task : tasks.ofItem(item)) {
            // A task in a column since removed still shows, under its key, rather than vanish from the item.
            byColumn.computeIfAbsent(task.column, k -> new ArrayList<>()).add(card(task));
            if (task.isDodImplied()) {
                dod++;
                if (task.waived) {
                    waived++;
                } else if (task.column.equals(doneKey)) {
                    done++;
                }
            }
        }
        List<Column> columns = byColumn.entrySet().stream().map(e -> new Column(e.getKey(),
                names.getOrDefault(e.getKey(), e.getKey()), e.getKey().equals(doneKey), e.getValue())).toList();
        return new Work(sprint(item), columns, new DodProgress(dod, done, waived), names);
    }

    private static Card card(Task task) {
        return new Card(task.id, task.title, task.assignee == null ? null : task.assignee.username,
                Estimates.plain(task.remaining), task.blockedReason,
                task.blockedBy == null ? null : task.blockedBy.username,
                task.isDodImplied() ? task.criterion.text : null, task.waived, task.waiveReason);
    }

    /** The sprint it is committed to, or else the last one it was committed to; null when never committed. */
    private static InSprint sprint(BacklogItem item) {
        Sprint sprint = item.sprintId != null ? Sprint.findById(item.sprintId)
                : Commitment.<Commitment>find("item = ?1 order by committedAt desc, id desc", item)
                        .firstResultOptional().map(c -> c.sprint).orElse(null);
        return sprint == null ? null : new InSprint(sprint.name, sprint.state.isActive(), sprint.state.label());
    }
}
