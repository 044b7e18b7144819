package org.onebacklog.sprint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** The team's velocity: what the last closed sprints completed. A new sprint's default capacity is its mean. */
public final class Velocity {

    public static final int SPRINTS = 3;

    private Velocity() {
    }

    /** The mean of the completed estimates given (newest first); null when there is no history at all. */
    public static BigDecimal meanOfLast(List<BigDecimal> completedNewestFirst) {
        List<BigDecimal> last = completedNewestFirst.stream().filter(Objects::nonNull).limit(SPRINTS).toList();
        if (last.isEmpty()) {
            return null;
        }
        BigDecimal sum = last.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(last.size()), 1, RoundingMode.HALF_UP);
        return org.onebacklog.backlog.Estimates.plain(mean);
    }
}
