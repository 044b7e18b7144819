package org.onebacklog.backlog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.failure.Drafts;
import org.onebacklog.failure.Violation;

/** The rules on an item's content, checked with a plain validator. */
class ItemDraftRulesTest {

    private static List<Violation> of(ItemKind kind, String title, String estimate, String valueStatement) {
        return Drafts.violations(new ItemDraft(kind, title, null, estimate == null ? null : new BigDecimal(estimate),
                valueStatement, List.of(), ItemStatus.TODO));
    }

    @Test
    void aTechnicalItemNeedsAValueStatement() {
        assertEquals(List.of(new Violation("valueStatement", "A technical item needs a value statement: who benefits,"
                + " and what it costs to leave it undone")), of(ItemKind.TECHNICAL, "Upgrade", null, null));
        assertEquals(1, of(ItemKind.TECHNICAL, "Upgrade", null, "  ").size());
        assertEquals(List.of(), of(ItemKind.TECHNICAL, "Upgrade", null, "Support ends in May"));
        assertEquals(List.of(), of(ItemKind.STORY, "Pay by card", null, null));
    }

    @Test
    void theTitleIsOneLineOfAtMost200Characters() {
        assertEquals(List.of(new Violation("title", "Give the item a title")), of(ItemKind.STORY, "", null, null));
        assertEquals(List.of(new Violation("title", "Keep the title to 200 characters (it has 201)")),
                of(ItemKind.STORY, "x".repeat(201), null, null));
        assertEquals(List.of(new Violation("title", "The title must be one line of text without control characters")),
                of(ItemKind.STORY, "two\nlines", null, null));
    }

    @Test
    void theEstimateIsAtMost999999Point99WithTwoDecimals() {
        assertEquals(List.of(new Violation("estimate", "The estimate cannot be negative")),
                of(ItemKind.STORY, "t", "-1", null));
        assertEquals(List.of(new Violation("estimate", "The estimate cannot be above 999999.99")),
                of(ItemKind.STORY, "t", "1000000", null));
        assertEquals(List.of(new Violation("estimate", "Use at most two decimals")),
                of(ItemKind.STORY, "t", "0.125", null));
        assertEquals(List.of(), of(ItemKind.STORY, "t", "999999.99", null));
    }

    @Test
    void kindAndTitleAreReportedTogether() {
        assertEquals(List.of(new Violation("kind", "Choose STORY, BUG or TECHNICAL"),
                new Violation("title", "Give the item a title")), of(null, null, null, null));
    }
}
