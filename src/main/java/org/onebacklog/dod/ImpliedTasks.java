package org.onebacklog.dod;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How big the task a criterion implies is for one item. A share of the item's estimate is rounded to the nearest
 * half unit (half a point, half an hour), and never below half a unit when both the share and the estimate are
 * above zero: a criterion that applies costs something.
 */
public final class ImpliedTasks {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ImpliedTasks() {
    }

    /** The implied task's estimate, or null when neither the criterion nor the item gives one. */
    public static BigDecimal estimate(BigDecimal fixed, BigDecimal share, BigDecimal itemEstimate) {
        if (fixed != null) {
            return fixed;
        }
        if (share == null || itemEstimate == null) {
            return null;
        }
        BigDecimal exact = itemEstimate.multiply(share);
        if (exact.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal halves = exact.multiply(TWO).setScale(0, RoundingMode.HALF_UP);
        BigDecimal rounded = halves.divide(TWO).max(HALF);
        return rounded.stripTrailingZeros().scale() < 0 ? rounded.setScale(0) : rounded.stripTrailingZeros();
    }
}
