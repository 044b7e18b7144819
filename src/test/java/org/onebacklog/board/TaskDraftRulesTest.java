package org.onebacklog.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.Violation;

/** The rules on a task's fields, checked with a plain validator. */
class TaskDraftRulesTest {

    @Test
    void theTitleIsOneLineOf200Characters() {
        assertEquals(List.of(new Violation("title", "Give the task a title")),
                Drafts.violations(new TaskDraft("  ", null, null, null, null)));
        assertEquals(List.of(new Violation("title", "Keep the title to one line of 200 characters")),
                Drafts.violations(new TaskDraft("a\tb", null, null, null, null)));
    }

    @Test
    void hoursAreFrom0To9999WithTwoDecimals() {
        assertEquals(List.of(new Violation("estimate", "Cannot be negative"),
                        new Violation("remaining", "Cannot be above 9999")),
                Drafts.violations(new TaskDraft("t", new BigDecimal("-1"), new BigDecimal("10000"), null, null)));
        assertEquals(List.of(new Violation("remaining", "Use at most two decimals")),
                Drafts.violations(new TaskDraft("t", new BigDecimal("2"), new BigDecimal("0.001"), null, null)));
    }
}
