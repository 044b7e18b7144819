package org.onebacklog.account;

import java.time.Duration;
import java.time.Instant;

/**
 * When a page session stops holding: once ended, after {@code idle} without use, and {@code lifetime} after it
 * started however much it is used (so a stolen cookie kept busy still dies). Plain Java: the rule, not the clock.
 */
public record SessionLimits(Duration idle, Duration lifetime) {

    public boolean holds(Instant createdAt, Instant lastSeenAt, Instant endedAt, Instant now) {
        return endedAt == null && now.isBefore(lastSeenAt.plus(idle)) && now.isBefore(createdAt.plus(lifetime));
    }
}
