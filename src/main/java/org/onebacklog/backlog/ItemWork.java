package org.onebacklog.backlog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The work on an item that the backlog does not hold: the sprint it is or was committed to, and its tasks by board
 * column. The board holds both and implements it; the item's page only asks (dependencies stay inward).
 */
public interface ItemWork {

    Work of(BacklogItem item);

    /**
     * What the item's page shows of the work.
     *
     * @param sprint      null when the item was never committed
     * @param columns     every board column in order, each with the item's tasks in it (none when it has no task)
     * @param columnNames column key to name, for the history's moves
     */
    record Work(InSprint sprint, List<Column> columns, DodProgress dod, Map<String, String> columnNames) {

        public int taskCount() {
            return columns.stream().mapToInt(c -> c.tasks().size()).sum();
        }

        public boolean hasTasks() {
            return taskCount() > 0;
        }
    }

    /** The item's sprint by name; {@code active}: its board is where the work is. */
    record InSprint(String name, boolean active, String state) {
    }

    /** A board column and the item's tasks in it, in the board's order. */
    record Column(String key, String name, boolean done, List<Card> tasks) {
    }

    /** One task as the item's page lists it. */
    record Card(long id, String title, String assignee, BigDecimal remaining, String blockedReason, String blockedBy,
            String criterion, boolean waived, String waiveReason) {

        public boolean blocked() {
            return blockedReason != null;
        }

        /** Implied by a Definition of Done criterion. */
        public boolean dod() {
            return criterion != null;
        }
    }

    /** The item's Definition of Done tasks: how many, how many done (in the last column), how many waived. */
    record DodProgress(int total, int done, int waived) {

        /** "DoD 3 of 5 done (1 waived)". */
        public String words() {
            return "DoD " + done + " of " + total + " done" + (waived > 0 ? " (" + waived + " waived)" : "");
        }

        /** How much of the bar is done, in whole percent. */
        public int donePercent() {
            return total == 0 ? 0 : done * 100 / total;
        }

        /** How much of the bar is waived, after the done part. */
        public int waivedPercent() {
            return total == 0 ? 0 : waived * 100 / total;
        }

        public boolean any() {
            return total > 0;
        }
    }
}
