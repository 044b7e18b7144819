package org.onebacklog.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sprint closed: what it completed, and the unfinished items that went back on top of the backlog, in their
 * order.
 */
public record SprintClosed(Stamp stamp, long sprintId, String name, BigDecimal completed, List<ItemRef> carriedOver)
        implements ScrumEvent {
}
