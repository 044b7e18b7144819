package org.onebacklog.tv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.capacity.CapacityPlan;
import org.onebacklog.capacity.PolicyMode;
import org.onebacklog.sprint.PlanView;

/** The capacity plan as the TV says it: whole sentences a room reads at a glance, never "FUNCTIONAL 31 of 0". */
class TvReserveTest {

    static PlanView plan(String capacity, String share, String functional, String technical) {
        CapacityPlan p = CapacityPlan.of(capacity == null ? null : new BigDecimal(capacity), new BigDecimal(share),
                new BigDecimal(functional), new BigDecimal(technical), "points");
        return new PlanView(1, p.unit(), p.capacity(), p.reservedShare(), p.reserve(), p.functionalLoad(),
                p.technicalLoad(), p.unallocatedReserve(), p.functionalLimit(), p.technicalExcess(),
                p.effectiveFunctionalLimit(), PolicyMode.WARN, p.warnings(), List.of(), List.of());
    }

    @Test
    void withinThePlanItSaysHowMuchOfEachIsUsed() {
        TvReserve words = TvReserve.of(plan("60", "0.2", "31", "8"));
        assertEquals("Technical reserve: 8 of 12 points used", words.technical());
        assertEquals("Functional work: 31 of 48 points", words.functional());
        assertFalse(words.technicalOver() || words.functionalOver());
    }

    @Test
    void overTheLimitsItSaysByHowMuch() {
        TvReserve words = TvReserve.of(plan("60", "0.2", "54", "8"));
        assertEquals("Functional work: 54 points, 6 over the 48 that fit", words.functional());
        assertTrue(words.functionalOver());
        TvReserve technical = TvReserve.of(plan("60", "0.2", "10", "15"));
        assertEquals("Technical reserve: 15 points used, 3 over its 12", technical.technical());
        assertTrue(technical.technicalOver());
    }

    @Test
    void noRoomLeftAndNoCapacityAreSaidInWords() {
        TvReserve none = TvReserve.of(plan("0", "0.2", "31", "0"));
        assertEquals("Functional work: 31 points, with no room left for it", none.functional());
        assertEquals("No technical reserve", none.technical());
        TvReserve unset = TvReserve.of(plan(null, "0.2", "31", "1"));
        assertEquals("Technical work: 1 point (no capacity set)", unset.technical());
        assertEquals("Functional work: 31 points", unset.functional());
    }
}
