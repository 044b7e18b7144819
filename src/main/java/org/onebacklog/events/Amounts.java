package org.onebacklog.events;

import java.math.BigDecimal;

/** Estimates compare by value: 2 and 2.00 are the same estimate. */
final class Amounts {

    private Amounts() {
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
