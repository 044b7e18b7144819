package org.onebacklog.events;

import java.math.BigDecimal;

/** A task was added to an item: by a person, or implied by the Definition of Done when the item was committed. */
public record TaskAdded(Stamp stamp, TaskRef task, String column, BigDecimal estimate) implements ScrumEvent {
}
