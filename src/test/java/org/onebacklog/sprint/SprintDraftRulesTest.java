package org.onebacklog.sprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.Violation;

/** The rules on a sprint's fields, checked with a plain validator. */
class SprintDraftRulesTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private static List<Violation> of(String name, LocalDate start, LocalDate end, String capacity) {
        return Drafts.violations(new SprintDraft(name, null, start, end,
                capacity == null ? null : new BigDecimal(capacity), null, null));
    }

    @Test
    void aSprintEndsOnOrAfterItsFirstDay() {
        assertEquals(List.of(new Violation("end", "The sprint cannot end before it starts")),
                of("Sprint 1", MONDAY, MONDAY.minusDays(1), null));
        assertEquals(List.of(), of("Sprint 1", MONDAY, MONDAY, null));
    }

    @Test
    void aSprintLastsAtMostAYear() {
        assertEquals(List.of(new Violation("end", "A sprint lasts a few weeks, not more than a year")),
                of("Sprint 1", MONDAY, MONDAY.plusDays(367), null));
        assertEquals(List.of(), of("Sprint 1", MONDAY, MONDAY.plusDays(366), null));
    }

    @Test
    void missingDaysAreReportedEachOnItsField() {
        assertEquals(List.of(new Violation("start", "Give the first day of the sprint"),
                new Violation("end", "Give the last day of the sprint")), of("Sprint 1", null, null, null));
    }

    @Test
    void theNameIsOneLineOf80Characters() {
        assertEquals(List.of(new Violation("name", "Name the sprint, such as \"Sprint 12\"")),
                of(" \u2003 ", MONDAY, MONDAY, null));
        assertEquals(List.of(new Violation("name", "Keep the name to one line of 80 characters")),
                of("x".repeat(81), MONDAY, MONDAY, null));
    }

    @Test
    void theCapacityIsFrom0To99999WithTwoDecimals() {
        String message = "Use a capacity from 0 to 99999 with at most two decimals";
        for (String capacity : List.of("-1", "100000", "1.001")) {
            assertEquals(List.of(new Violation("capacity", message)), of("S", MONDAY, MONDAY, capacity), capacity);
        }
        assertEquals(List.of(), of("S", MONDAY, MONDAY, "99999"));
    }
}
