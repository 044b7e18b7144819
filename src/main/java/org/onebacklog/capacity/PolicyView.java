package org.onebacklog.capacity;

import java.math.BigDecimal;

/** A capacity policy as the API shows it. */
public record PolicyView(BigDecimal reservedShare, PolicyMode mode, long version) {

    public static PolicyView of(CapacityPolicy policy) {
        return new PolicyView(org.onebacklog.backlog.Estimates.plain(policy.reservedShare), policy.mode,
                policy.version);
    }
}
