package org.onebacklog.board;

import io.quarkus.qute.RawString;
import java.math.BigDecimal;
import org.onebacklog.backlog.Estimates;
import org.onebacklog.sprint.PlanView;

/**
 * The board's header for the stand-up: the sprint's name and goal, working days left, a small burndown and the
 * technical reserve in plain words.
 */
public record SprintHeader(String name, String goal, int daysLeft, RawString burndown, String reserve) {

    /** "technical work 4 of 6 points reserved", or what is over it; null without a capacity. */
    static String reserveWords(PlanView plan) {
        if (plan == null || plan.reserve() == null || plan.capacity() == null) {
            return null;
        }
        BigDecimal load = plan.technicalLoad() == null ? BigDecimal.ZERO : plan.technicalLoad();
        String words = "technical work " + Estimates.format(load) + " of " + Estimates.format(plan.reserve()) + " "
                + plan.unit() + " reserved";
        BigDecimal over = load.subtract(plan.reserve());
        return over.signum() > 0 ? words + ", " + Estimates.format(over) + " over" : words;
    }
}
