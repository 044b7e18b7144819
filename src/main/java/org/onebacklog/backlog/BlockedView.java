package org.onebacklog.backlog;

import java.time.Instant;
import org.onebacklog.account.User;

/** Why a task or an item is blocked, who said so and since when, as the API shows it. */
public record BlockedView(String reason, String by, Instant since) {

    /** Null when there is no reason: not blocked. */
    public static BlockedView of(String reason, User by, Instant since) {
        return reason == null ? null : new BlockedView(reason, by == null ? null : by.username, since);
    }
}
