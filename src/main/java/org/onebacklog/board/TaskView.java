package org.onebacklog.board;

import java.math.BigDecimal;
import java.time.Instant;
import org.onebacklog.backlog.BlockedView;
import org.onebacklog.backlog.Estimates;

/**
 * A task as the API shows it: {@code ageDays} is how many working days it has been in its column (since
 * {@code inColumnSince}), {@code changedSinceStandup} whether it changed since the team's last stand-up.
 */
public record TaskView(long id, String itemKey, String title, String description, String column, String assignee,
        BigDecimal estimate, BigDecimal remaining, Long dodCriterionId, String category, boolean waived,
        String waiveReason, BlockedView blocked, Instant inColumnSince, int ageDays, boolean changedSinceStandup,
        long version) {

    public static TaskView of(Task task) {
        return of(task, CardTime.of(task.item.product, Instant.now()));
    }

    public static TaskView of(Task task, CardTime time) {
        return new TaskView(task.id, task.item.key, task.title, task.description, task.column,
                task.assignee == null ? null : task.assignee.username, Estimates.plain(task.estimate),
                Estimates.plain(task.remaining), task.criterion == null ? null : task.criterion.id,
                task.category == null ? null : task.category.name(), task.waived, task.waiveReason,
                BlockedView.of(task.blockedReason, task.blockedBy, task.blockedAt), task.inColumnSince,
                time.ageDays(task), time.changedSinceStandup(task), task.version);
    }
}
