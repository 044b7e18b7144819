package org.onebacklog.dod;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.Violation;

/** The rules on a criterion and the task it implies, checked with a plain validator. */
class CriterionDraftRulesTest {

    private static List<Violation> task(String estimate, String share) {
        return Drafts.violations(new CriterionDraft(null, "Reviewed", true, "Review", TaskCategory.REVIEW,
                estimate == null ? null : new BigDecimal(estimate), share == null ? null : new BigDecimal(share))
                .task());
    }

    @Test
    void aCriterionIsOneLineOf300Characters() {
        assertEquals(List.of(new Violation("text", "Keep a criterion to 300 characters")), Drafts.violations(
                new CriterionDraft(null, "x".repeat(301), false, null, null, null, null)));
        assertEquals(List.of(new Violation("text", "A criterion is one line of text")), Drafts.violations(
                new CriterionDraft(null, "a\nb", false, null, null, null, null)));
    }

    @Test
    void anImpliedTaskHasAFixedEstimateOrAShareNotBoth() {
        assertEquals(List.of(), task("2", null));
        assertEquals(List.of(), task(null, "0.125"));
        assertEquals(List.of(new Violation("estimate", "Give a fixed estimate, or a share of the item's estimate")),
                task(null, null));
        assertEquals(List.of(new Violation("estimate",
                "Give a fixed estimate or a share of the item's estimate, not both")), task("2", "0.2"));
        assertEquals(List.of(new Violation("estimate", "Use a number from 0 to 999 with at most two decimals")),
                task("1000", null));
        assertEquals(List.of(new Violation("estimateShare", "Use a share above 0 and at most 1 (0.2 is 20 %)")),
                task(null, "0"));
    }

    @Test
    void anImpliedTaskIsNamedAndHasACategory() {
        assertEquals(List.of(new Violation("taskTitle", "Name the task this criterion adds to every story"),
                new Violation("category", "Choose REFACTORING, DOCUMENTATION, TESTING or REVIEW")),
                Drafts.violations(new CriterionDraft(null, "Reviewed", true, " ", null, BigDecimal.ONE, null).task()));
    }
}
