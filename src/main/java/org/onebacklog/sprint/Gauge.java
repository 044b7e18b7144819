package org.onebacklog.sprint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The capacity gauge of planning, as lengths on a 1000-unit SVG bar: functional load, technical load, the
 * effective functional limit (lower when technical work overflows the reserve), the reserve and the capacity. The bar's scale grows past the capacity when the sprint is overfull, so an
 * overload shows as a bar running past the capacity mark.
 */
public record Gauge(int functional, int technical, int limit, int reserveStart, int capacity, boolean overLimit,
        boolean overCapacity) {

    static final int WIDTH = 1000;

    public static Gauge of(PlanView plan) {
        if (plan.capacity() == null || plan.capacity().signum() == 0) {
            return null;
        }
        BigDecimal f = plan.functionalLoad();
        BigDecimal t = plan.technicalLoad();
        BigDecimal scale = plan.capacity().max(f.add(t));
        return new Gauge(length(f, scale), length(t, scale), length(plan.effectiveFunctionalLimit(), scale),
                length(plan.functionalLimit(), scale), length(plan.capacity(), scale), f.compareTo(plan.effectiveFunctionalLimit()) > 0,
                f.add(t).compareTo(plan.capacity()) > 0);
    }

    /** Where the technical segment starts: right after the functional one. */
    public int technicalStart() {
        return functional;
    }

    /** The reserve itself: from the functional limit to the capacity. */
    public int reserveWidth() {
        return Math.max(0, capacity - reserveStart);
    }

    private static int length(BigDecimal value, BigDecimal scale) {
        return value.multiply(BigDecimal.valueOf(WIDTH)).divide(scale, 0, RoundingMode.HALF_UP).intValue();
    }
}
