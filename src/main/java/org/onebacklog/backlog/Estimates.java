package org.onebacklog.backlog;

import java.math.BigDecimal;

/** Estimates as people write them: 3, 0.5, 13 — never 3.00 or 1E+1. */
public final class Estimates {

    private Estimates() {
    }

    public static BigDecimal plain(BigDecimal estimate) {
        if (estimate == null) {
            return null;
        }
        BigDecimal stripped = estimate.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static String format(BigDecimal estimate) {
        return estimate == null ? "" : plain(estimate).toPlainString();
    }
}
