package org.onebacklog.board;

import java.math.BigDecimal;
import org.onebacklog.backlog.Estimates;

/** A task as the API shows it. */
public record TaskView(long id, String itemKey, String title, String column, String assignee, BigDecimal estimate,
        BigDecimal remaining, Long dodCriterionId, String category, boolean waived, String waiveReason,
        long version) {

    public static TaskView of(Task task) {
        return new TaskView(task.id, task.item.key, task.title, task.column,
                task.assignee == null ? null : task.assignee.username, Estimates.plain(task.estimate),
                Estimates.plain(task.remaining), task.criterion == null ? null : task.criterion.id,
                task.category == null ? null : task.category.name(), task.waived, task.waiveReason, task.version);
    }
}
