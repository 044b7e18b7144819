package org.onebacklog.events;

import java.time.Instant;

/** The product an event happened in, who did it (a username; null for the system) and when. */
public record Stamp(long productId, String productKey, String actor, Instant at) {

    public static Stamp now(long productId, String productKey, String actor) {
        return new Stamp(productId, productKey, actor, Instant.now());
    }
}
