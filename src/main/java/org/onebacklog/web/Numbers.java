package org.onebacklog.web;

import java.math.BigDecimal;

/**
 * Numbers as people type them into a form or a script sends them: 3, 0.5, "2,5". Anything no estimate, capacity or
 * share could ever be ({@code 1e999999999}, forty digits) is refused here, before arithmetic on it can blow up.
 */
public final class Numbers {

    /** Digits before and after the point that any figure of ours may have; the services' own limits are lower. */
    static final int MAX_DIGITS = 15;

    private Numbers() {
    }

    /**
     * The decimal in {@code text} (a comma works as the point), or {@link NumberFormatException} when it is not a
     * number or has more than {@value #MAX_DIGITS} digits on either side of the point.
     */
    public static BigDecimal decimal(String text) {
        BigDecimal value = new BigDecimal(text.trim().replace(',', '.'));
        if (!reasonable(value)) {
            throw new NumberFormatException("out of range");
        }
        return value;
    }

    /** True when the value has at most {@value #MAX_DIGITS} digits before and after the point. */
    public static boolean reasonable(BigDecimal value) {
        // precision - scale counts the digits before the point without expanding 1e999999999 into a BigInteger.
        long whole = (long) value.precision() - value.scale();
        return whole <= MAX_DIGITS && value.scale() <= MAX_DIGITS;
    }

    /** A whole number such as a place in a column, or {@link NumberFormatException}. */
    public static int whole(String text) {
        return Integer.parseInt(text.trim());
    }
}
