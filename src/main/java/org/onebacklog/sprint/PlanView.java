package org.onebacklog.sprint;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.onebacklog.capacity.CapacityPlan;
import org.onebacklog.capacity.PolicyMode;

/**
 * A sprint's plan as planning shows it: the capacity split between functional and technical work, the
 * warnings, the overrides of the policy, and the committed items.
 */
public record PlanView(long sprintId, String unit, BigDecimal capacity, BigDecimal reservedShare, BigDecimal reserve,
        BigDecimal functionalLoad, BigDecimal technicalLoad, BigDecimal unallocatedReserve,
        BigDecimal functionalLimit, BigDecimal technicalExcess, BigDecimal effectiveFunctionalLimit,
        PolicyMode mode, List<String> warnings, List<Override> overrides, List<PlannedItem> items) {

    /** A commitment that went past an enforced policy, and why. */
    @Schema(name = "PlanOverride")
    public record Override(String itemKey, String reason, String by) {
    }

    /** A committed item, what it adds to each side of the plan, and the DoD version it was committed under. */
    public record PlannedItem(String key, String kind, String title, BigDecimal estimate, BigDecimal dodTasks,
            Integer dodVersion) {
    }

    static PlanView of(long sprintId, CapacityPlan plan, PolicyMode mode, List<Override> overrides,
            List<PlannedItem> items) {
        return new PlanView(sprintId, plan.unit(), plan.capacity(), plan.reservedShare(), plan.reserve(),
                plan.functionalLoad(), plan.technicalLoad(), plan.unallocatedReserve(), plan.functionalLimit(),
                plan.technicalExcess(), plan.effectiveFunctionalLimit(), mode, plan.warnings(), overrides, items);
    }
}
