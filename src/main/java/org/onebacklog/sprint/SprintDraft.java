package org.onebacklog.sprint;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A sprint's editable fields as a page or script sends them. A null capacity means "take it from velocity". */
public record SprintDraft(String name, String goal, LocalDate start, LocalDate end, BigDecimal capacity,
        BigDecimal reservedShareOverride, String shareOverrideReason) {
}
