package org.onebacklog.events;

import java.math.BigDecimal;

/**
 * An item was committed to a sprint, with its kind and estimate at that moment. Fired before the capacity
 * policy judges the commitment (its DoD tasks count in that judgement), so a refusal rolls back the
 * observers' work with it.
 */
public record ItemCommitted(Stamp stamp, ItemRef item, long sprintId, String kind, BigDecimal estimate)
        implements ScrumEvent {
}
