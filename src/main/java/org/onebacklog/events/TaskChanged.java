package org.onebacklog.events;

import java.math.BigDecimal;

/** Someone edited a task: its estimate from → to, and what it holds now (remaining work, assignee). */
public record TaskChanged(Stamp stamp, TaskRef task, BigDecimal estimateFrom, BigDecimal estimateTo,
        BigDecimal remaining, String assignee) implements ScrumEvent {

    public boolean reestimated() {
        return !Amounts.same(estimateFrom, estimateTo);
    }
}
