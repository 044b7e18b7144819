package org.onebacklog.standup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.onebacklog.board.TaskView;

/**
 * Stand-up mode's walk through the board: one step per person of the team, then the work nobody holds. Each step
 * shows only that person's moves since the last stand-up, what they hold in progress, what is blocked or aging.
 */
public record StandupSteps(Standup standup, List<Step> steps, Map<String, String> columnNames, String since) {

    /** One step: whose ({@code username} null for the unassigned work) and what to say. */
    public record Step(int index, String username, List<Standup.Moved> moved, List<TaskView> inProgress,
            List<TaskView> blocked, List<TaskView> aging, List<Standup.BlockedItem> blockedItems) {

        /** The step before this one (the first's is itself). */
        public int previous() {
            return Math.max(0, index - 1);
        }

        /** Counted from 1, as people read it. */
        public int number() {
            return index + 1;
        }

        public String who() {
            return username == null ? "Not assigned" : username;
        }

        public boolean quiet() {
            return moved.isEmpty() && inProgress.isEmpty() && blocked.isEmpty() && aging.isEmpty()
                    && blockedItems.isEmpty();
        }
    }

    /** {@code since}: when the last stand-up was, as the team reads it ("Monday 09:30"). */
    public static StandupSteps of(Standup standup, Map<String, String> columnNames, String since) {
        List<Step> steps = new ArrayList<>();
        // People with nothing to say are not walked: the stand-up stays short.
        for (Standup.Person person : standup.people()) {
            if (!person.quiet()) {
                steps.add(new Step(steps.size(), person.username(), person.moved(),
                        apart(person.inProgress(), person.blocked(), person.aging()), person.blocked(),
                        person.aging(), List.of()));
            }
        }
        Standup.Work nobody = standup.unassigned();
        steps.add(new Step(steps.size(), null, List.of(), apart(nobody.inProgress(), nobody.blocked(), nobody.aging()),
                nobody.blocked(), nobody.aging(), standup.blockedItems()));
        return new StandupSteps(standup, List.copyOf(steps), columnNames, since);
    }

    /** Work in progress that is not also blocked or aging: those are said once, under their own heading. */
    private static List<TaskView> apart(List<TaskView> inProgress, List<TaskView> blocked, List<TaskView> aging) {
        return inProgress.stream().filter(t -> blocked.stream().noneMatch(b -> b.id() == t.id())
                && aging.stream().noneMatch(a -> a.id() == t.id())).toList();
    }

    /** The step at {@code index}, kept within the walk. */
    public Step step(int index) {
        return steps.get(Math.max(0, Math.min(index, steps.size() - 1)));
    }

    /**
     * Where a walk that stood at {@code username}'s step (null: the work nobody holds) stands now: steps come and go
     * as people's news changes, so the person, not the index, says which. Someone with nothing left to say gets
     * a quiet step of their own rather than someone else's.
     */
    public Step stepOf(String username, int index) {
        if (username == null) {
            return steps.get(steps.size() - 1);
        }
        return steps.stream().filter(s -> username.equals(s.username())).findFirst()
                .orElseGet(() -> new Step(Math.max(0, Math.min(index, steps.size() - 1)), username, List.of(),
                        List.of(), List.of(), List.of(), List.of()));
    }

    public boolean hasNext(Step step) {
        return step.index() + 1 < steps.size();
    }

    /** A column's name for its key (a column removed since shows its key). */
    public String column(String key) {
        return columnNames.getOrDefault(key, key);
    }
}
