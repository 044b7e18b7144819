package org.onebacklog.board;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.onebacklog.failure.Decimals;
import org.onebacklog.failure.OneLine;
import org.onebacklog.failure.Text;
import org.onebacklog.failure.PlainText;

/**
 * A task's editable fields as a page or script sends them; {@code assignee} is a username, or null for nobody.
 * Whether the assignee is on the team is the service's to check.
 */
public record TaskDraft(
        @NotBlank(message = "Give the task a title")
        @OneLine(max = 200, message = "Keep the title to one line of 200 characters")
        String title,
        @DecimalMin(value = "0", message = "Cannot be negative")
        @DecimalMax(value = TaskDraft.HOURS_MAX, message = "Cannot be above " + TaskDraft.HOURS_MAX)
        @Decimals(value = 2, message = "Use at most two decimals")
        BigDecimal estimate,
        @DecimalMin(value = "0", message = "Cannot be negative")
        @DecimalMax(value = TaskDraft.HOURS_MAX, message = "Cannot be above " + TaskDraft.HOURS_MAX)
        @Decimals(value = 2, message = "Use at most two decimals")
        BigDecimal remaining,
        String assignee,
        @Size(max = 10000, message = "Keep the description to 10,000 characters")
        @PlainText(message = "The description contains control characters")
        String description) {

    /** The most an estimate or the remaining work of one task may be. */
    static final String HOURS_MAX = "9999";

    /** A title is kept trimmed, so that a title of spaces only is no title. */
    public TaskDraft {
        title = Text.strip(title);
        description = Text.blankToNull(description);
    }

    /** The task's current fields, the base onto which a partial change is laid. */
    public static TaskDraft of(Task task) {
        return new TaskDraft(task.title, task.estimate, task.remaining,
                task.assignee == null ? null : task.assignee.username, task.description);
    }

    public TaskDraft withRemaining(BigDecimal value) {
        return new TaskDraft(title, estimate, value, assignee, description);
    }

    public TaskDraft withAssignee(String username) {
        return new TaskDraft(title, estimate, remaining, username, description);
    }
}
