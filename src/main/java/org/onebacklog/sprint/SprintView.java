package org.onebacklog.sprint;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.onebacklog.backlog.Estimates;

/** A sprint as the API shows it; {@code plan} is included where a caller asks for one sprint. */
public record SprintView(long id, String productKey, String name, String goal, LocalDate start, LocalDate end,
        BigDecimal capacity, BigDecimal reservedShareOverride, String shareOverrideReason, SprintState state,
        BigDecimal completedEstimate, long version, PlanView plan) {

    static SprintView of(Sprint sprint, PlanView plan) {
        return new SprintView(sprint.id, sprint.product.key, sprint.name, sprint.goal, sprint.start, sprint.end,
                Estimates.plain(sprint.capacity), Estimates.plain(sprint.reservedShareOverride),
                sprint.shareOverrideReason, sprint.state, Estimates.plain(sprint.completedEstimate), sprint.version,
                plan);
    }
}
