package org.onebacklog.tv;

import java.math.BigDecimal;
import org.onebacklog.backlog.Estimates;
import org.onebacklog.sprint.PlanView;

/**
 * The capacity plan in words the room reads at a glance (plain Java): "Technical reserve: 8 of 12 points used",
 * rather than a label and two bare numbers. {@code over} marks a line that says something went past its limit.
 */
public record TvReserve(String technical, boolean technicalOver, String functional, boolean functionalOver) {

    static TvReserve of(PlanView plan) {
        String unit = plan.unit();
        if (plan.capacity() == null) {
            return new TvReserve("Technical work: " + amount(plan.technicalLoad(), unit) + " (no capacity set)",
                    false, "Functional work: " + amount(plan.functionalLoad(), unit), false);
        }
        BigDecimal reserve = plan.reserve();
        BigDecimal technical = plan.technicalLoad();
        boolean technicalOver = technical.compareTo(reserve) > 0;
        String technicalLine;
        if (reserve.signum() == 0) {
            technicalLine = "No technical reserve" + (technical.signum() > 0
                    ? ": " + amount(technical, unit) + " of technical work" : "");
        } else if (technicalOver) {
            technicalLine = "Technical reserve: " + amount(technical, unit) + " used, "
                    + Estimates.format(technical.subtract(reserve)) + " over its " + Estimates.format(reserve);
        } else {
            technicalLine = "Technical reserve: " + Estimates.format(technical) + " of " + amount(reserve, unit)
                    + " used";
        }
        BigDecimal functional = plan.functionalLoad();
        BigDecimal limit = plan.effectiveFunctionalLimit();
        boolean functionalOver = functional.compareTo(limit) > 0;
        String functionalLine;
        if (!functionalOver) {
            functionalLine = "Functional work: " + Estimates.format(functional) + " of " + amount(limit, unit);
        } else if (limit.signum() == 0) {
            functionalLine = "Functional work: " + amount(functional, unit) + ", with no room left for it";
        } else {
            functionalLine = "Functional work: " + amount(functional, unit) + ", "
                    + Estimates.format(functional.subtract(limit)) + " over the " + Estimates.format(limit)
                    + " that fit";
        }
        return new TvReserve(technicalLine, technicalOver, functionalLine, functionalOver);
    }

    private static String amount(BigDecimal value, String unit) {
        // "1 point", not "1 points".
        boolean one = value.compareTo(BigDecimal.ONE) == 0 && unit.endsWith("s");
        return Estimates.format(value) + " " + (one ? unit.substring(0, unit.length() - 1) : unit);
    }
}
