package org.onebacklog.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
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
    public Told of(BacklogItem item, Map<String, String> columnNames) {
        Instant now = Instant.now();
        List<Activity> newest = history.ofItem(item.id, SHOWN);
        Map<Long, String> sprints = history.sprintNames(newest.stream().map(Activity::sprintId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        List<Entry> entries = newest.stream().map(a -> new Entry(a.at(), Ago.since(a.at(), now),
                a.actor() == null ? "someone" : a.actor(), what(a, columnNames, sprints))).toList();
        long total = entries.size() < SHOWN ? entries.size() : history.countOfItem(item.id);
        return new Told(entries, total);
    }

    /** What the entry says happened, after the name of who did it ("it" is the entry's item). */
    public static String what(Activity a, Map<String, String> columns) {
        return what(a, columns, Map.of());
    }

    /** The same, naming the sprint an item was committed to or taken out of where its name is known. */
    public static String what(Activity a, Map<String, String> columns, Map<Long, String> sprints) {
        String sprint = a.sprintId() == null || !sprints.containsKey(a.sprintId()) ? "a sprint"
                : "“" + sprints.get(a.sprintId()) + "”";
        String itsSprint = sprint.equals("a sprint") ? "its sprint" : sprint;
        String task = "task “" + (a.title() == null ? "#" + a.taskId() : a.title()) + "”";
        return switch (a.kind()) {
            case ITEM_ADDED -> "added the item";
            case ITEM_EDITED -> "edited the item";
            case ITEM_CHANGED -> "re-estimated or reclassified the item";
            case ITEM_RANKED -> "placed it in the backlog's order";
            case ITEM_STATUS -> Boolean.TRUE.equals(a.done()) ? "marked it done" : "reopened it";
            case COMMITTED -> "committed it to " + sprint;
            case OVERRIDDEN -> "overrode the capacity policy to commit it: " + a.reason();
            case REMOVED -> "took it out of " + itsSprint;
            case CARRIED_OVER -> "closed " + (sprint.equals("a sprint") ? "the sprint" : sprint)
                    + " with it unfinished: back to the backlog";
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
