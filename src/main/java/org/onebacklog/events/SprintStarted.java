package org.onebacklog.events;

import java.math.BigDecimal;

/** A sprint started, with the capacity and the share reserved for technical work it started with. */
public record SprintStarted(Stamp stamp, long sprintId, String name, BigDecimal capacity, BigDecimal reservedShare)
        implements ScrumEvent {
}
