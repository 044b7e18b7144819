package org.onebacklog.board;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.onebacklog.history.StandupClock;
import org.onebacklog.history.TeamCalendar;
import org.onebacklog.product.Product;

/**
 * What time means to a card at one moment: its age in its column in working days, whether it is aging, whether it
 * changed since the team's last stand-up. One per page or message, so every card on it is judged at the same now.
 */
public record CardTime(Instant now, StandupClock standup, Instant lastStandup, int agingDays,
        Map<String, Integer> agingByColumn) {

    public static CardTime of(Product product, Instant now) {
        StandupClock clock = new StandupClock(product.standupAt(), TeamCalendar.configuredZone());
        Map<String, Integer> byColumn = new HashMap<>();
        Columns.of(product).stream().filter(c -> c.agingDays() != null)
                .forEach(c -> byColumn.put(c.key(), c.agingDays()));
        return new CardTime(now, clock, clock.previous(now), product.agingDays, Map.copyOf(byColumn));
    }

    /** Working days the card has been in its column. */
    public int ageDays(Task task) {
        return standup.workingDaysBetween(task.inColumnSince, now);
    }

    /**
     * Waiting too long in a column between the first and the last: work that was started and is not moving. Cards
     * that have not started yet, or are done, do not age. A column may have its own threshold (review is slower).
     */
    public boolean aging(Task task, String firstColumn, String doneColumn) {
        return !task.column.equals(firstColumn) && !task.column.equals(doneColumn)
                && ageDays(task) >= agingByColumn.getOrDefault(task.column, agingDays);
    }

    /** Added, moved or edited since the previous stand-up. */
    public boolean changedSinceStandup(Task task) {
        return task.updatedAt != null && task.updatedAt.isAfter(lastStandup);
    }
}
