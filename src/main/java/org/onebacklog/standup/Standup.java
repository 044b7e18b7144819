package org.onebacklog.standup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.onebacklog.board.CardTime;
import org.onebacklog.board.Task;
import org.onebacklog.board.TaskView;
import org.onebacklog.history.Activity;
import org.onebacklog.history.Happening;

/**
 * The stand-up's three questions, person by person and then for the work nobody holds: what did you move since
 * the last stand-up, what do you hold in progress, what is blocked or aging. Shaped here from the sprint's tasks and
 * the record, plain Java.
 */
public record Standup(Instant since, SprintLine sprint, List<Person> people, Work unassigned,
        List<BlockedItem> blockedItems) {

    /** A backlog item of the sprint marked blocked, and why. */
    public record BlockedItem(String key, String title, String reason, String by) {
    }

    public record SprintLine(long id, String name, String goal, int daysLeft) {
    }

    /** A card someone moved: from one column to another (keys), when. */
    public record Moved(long taskId, String title, String itemKey, String from, String to, Instant at) {
    }

    public record Person(String username, List<Moved> moved, List<TaskView> inProgress, List<TaskView> blocked,
            List<TaskView> aging) {

        /** Nothing to say: no move, nothing held, nothing stuck. */
        public boolean quiet() {
            return moved.isEmpty() && inProgress.isEmpty() && blocked.isEmpty() && aging.isEmpty();
        }
    }

    public record Work(List<TaskView> inProgress, List<TaskView> blocked, List<TaskView> aging) {
    }

    /**
     * @param team     the usernames of the team, in the order the stand-up walks them
     * @param tasks    the sprint's tasks
     * @param activity the product's record since the last stand-up
     */
    public static Standup of(Instant since, SprintLine sprint, List<String> team, List<Task> tasks,
            List<Activity> activity, CardTime time, String firstColumn, String doneColumn,
            List<BlockedItem> blockedItems) {
        List<String> walk = new ArrayList<>(team);
        // Someone who held cards but left the team is still asked about them.
        tasks.stream().filter(t -> t.assignee != null).map(t -> t.assignee.username).distinct()
                .filter(name -> !walk.contains(name)).forEach(walk::add);
        List<Person> people = new ArrayList<>();
        for (String username : walk) {
            List<Task> held = tasks.stream()
                    .filter(t -> t.assignee != null && t.assignee.username.equals(username)).toList();
            Work work = work(held, time, firstColumn, doneColumn);
            people.add(new Person(username, moved(activity, username), work.inProgress(), work.blocked(),
                    work.aging()));
        }
        Work unassigned = work(tasks.stream().filter(t -> t.assignee == null).toList(), time, firstColumn,
                doneColumn);
        return new Standup(since, sprint, people, unassigned, blockedItems);
    }

    /**
     * One line per card the person moved: from where it was at the last stand-up to where they left it, so a card
     * taken from To Do to Done is one line, not three. A card moved back where it started is no news.
     */
    private static List<Moved> moved(List<Activity> activity, String username) {
        Map<Long, Moved> byTask = new LinkedHashMap<>();
        activity.stream()
                .filter(a -> a.kind() == Happening.Kind.TASK_MOVED && Objects.equals(a.actor(), username))
                .filter(a -> a.taskId() != null && a.from() != null && a.to() != null && !a.from().equals(a.to()))
                .forEach(a -> byTask.merge(a.taskId(), new Moved(a.taskId(), a.title(), a.itemKey(), a.from(), a.to(),
                        a.at()), (first, later) -> new Moved(first.taskId(), later.title(), first.itemKey(),
                        first.from(), later.to(), later.at())));
        return byTask.values().stream().filter(m -> !m.from().equals(m.to())).toList();
    }

    private static Work work(List<Task> tasks, CardTime time, String firstColumn, String doneColumn) {
        List<Task> open = tasks.stream().filter(t -> !t.waived && !t.column.equals(doneColumn)).toList();
        return new Work(
                views(open.stream().filter(t -> !t.column.equals(firstColumn)).toList(), time),
                views(open.stream().filter(Task::isBlocked).toList(), time),
                views(open.stream().filter(t -> time.aging(t, firstColumn, doneColumn)).toList(), time));
    }

    private static List<TaskView> views(List<Task> tasks, CardTime time) {
        return tasks.stream().map(t -> TaskView.of(t, time)).toList();
    }
}
