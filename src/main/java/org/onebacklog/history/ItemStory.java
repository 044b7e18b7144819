package org.onebacklog.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.onebacklog.backlog.BacklogItem;
import org.onebacklog.backlog.ItemHistory;
import org.onebacklog.web.Ago;

/** An item's record told in words for its page: who added, edited, ranked, committed it, moved its tasks, … */
@ApplicationScoped
public class ItemStory implements ItemHistory {

    @Inject
    History history;

    @Override
    @Transactional
    public List<Entry> of(BacklogItem item, Map<String, String> columnNames) {
        Instant now = Instant.now();
        return history.ofItem(item.id).stream().map(a -> new Entry(a.at(), Ago.since(a.at(), now),
                a.actor() == null ? "someone" : a.actor(), what(a, columnNames))).toList();
    }

    /** What the entry says happened, after the name of who did it ("it" is the entry's item). */
    public static String what(Activity a, Map<String, String> columns) {
        String task = "task “" + (a.title() == null ? "#" + a.taskId() : a.title()) + "”";
        return switch (a.kind()) {
            case ITEM_ADDED -> "added the item";
            case ITEM_EDITED -> "edited the item";
            case ITEM_CHANGED -> "re-estimated or reclassified the item";
            case ITEM_RANKED -> "placed it in the backlog's order";
            case ITEM_STATUS -> Boolean.TRUE.equals(a.done()) ? "marked it done" : "reopened it";
            case COMMITTED -> "committed it to a sprint";
            case OVERRIDDEN -> "overrode the capacity policy to commit it: " + a.reason();
            case REMOVED -> "took it out of its sprint";
            case CARRIED_OVER -> "closed the sprint with it unfinished: back to the backlog";
            case ITEM_BLOCKED -> "marked it blocked: " + a.reason();
            case ITEM_UNBLOCKED -> "unblocked it";
            case ITEM_ARCHIVED -> "removed it from the backlog (archived)";
            case ITEM_RESTORED -> "restored it to the backlog";
            case TASK_ADDED -> "added " + task;
            case TASK_CHANGED -> "re-estimated " + task;
            case TASK_MOVED -> "moved " + task + (a.from() == null ? "" : " from " + columns.getOrDefault(a.from(),
                    a.from())) + (a.to() == null ? "" : " to " + columns.getOrDefault(a.to(), a.to()));
            case TASK_WAIVED -> "waived " + task + ": " + a.reason();
            case TASK_BLOCKED -> "marked " + task + " blocked: " + a.reason();
            case TASK_UNBLOCKED -> "unblocked " + task;
            case TASK_REMOVED -> "deleted " + task;
            case TASK_UNASSIGNED -> "unassigned " + task + ": " + a.reason();
            case SPRINT_STARTED, SPRINT_CLOSED -> a.kind().name().toLowerCase().replace('_', ' ');
        };
    }
}
