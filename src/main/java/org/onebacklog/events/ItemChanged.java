package org.onebacklog.events;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Someone edited an item's content: kind, estimate and status from → to (enum names, as the API spells them;
 * the title and description carry no figures and are not repeated here).
 */
public record ItemChanged(Stamp stamp, ItemRef item, String kindFrom, String kindTo, BigDecimal estimateFrom,
        BigDecimal estimateTo, String statusFrom, String statusTo) implements ScrumEvent {

    /** Kind or estimate changed: what the item weighs in a sprint changed. */
    public boolean resized() {
        return !Objects.equals(kindFrom, kindTo) || !Amounts.same(estimateFrom, estimateTo);
    }

    /** It became done, or stopped being done. */
    public boolean doneChanged() {
        return "DONE".equals(statusFrom) != "DONE".equals(statusTo);
    }
}
