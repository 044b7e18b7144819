package org.onebacklog.dod;

import java.math.BigDecimal;

/** A criterion as sent by the page or the API; {@code id} names an existing criterion to keep. */
public record CriterionDraft(Long id, String text, boolean impliesTask, String taskTitle, TaskCategory category,
        BigDecimal estimate, BigDecimal estimateShare) {
}
