package org.onebacklog.jira;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.backlog.ItemDraft;
import org.onebacklog.backlog.ItemKind;

class JiraIssuesTest {

    @Test
    void theBacklogFollowsJirasRankNotTheFilesOrder() {
        ImportPlan plan = JiraIssues.plan(JiraFiles.text("sprint-backlog.csv"), TypeChoice.STORY, TypeChoice.SKIP);

        assertEquals(List.of("SHOP-9", "SHOP-3", "SHOP-21", "SHOP-14", "SHOP-30"),
                plan.items().stream().map(ImportedItem::jiraKey).toList());
        assertEquals(List.of(11, 13, 12, 2, 15), plan.items().stream().map(ImportedItem::line).toList());
        assertEquals(List.of(), plan.warnings());
        assertEquals(0, plan.unranked());
    }

    @Test
    void kindsEstimatesAndEveryLabelsColumnComeAcross() {
        ImportPlan plan = JiraIssues.plan(JiraFiles.text("sprint-backlog.csv"), TypeChoice.STORY, TypeChoice.SKIP);

        ItemDraft voucher = draft(plan, "SHOP-9");
        assertEquals(ItemKind.BUG, voucher.kind());
        assertEquals("Basket total ignores the voucher", voucher.title());
        assertEquals(new BigDecimal("2"), voucher.estimate());
        ItemDraft savedCard = draft(plan, "SHOP-14");
        assertEquals(ItemKind.STORY, savedCard.kind());
        assertEquals(List.of("checkout", "payments"), savedCard.labels());
        assertEquals(0, new BigDecimal("5").compareTo(savedCard.estimate()));
        assertEquals(0, new BigDecimal("8").compareTo(draft(plan, "SHOP-3").estimate()));
        assertEquals(ItemKind.STORY, draft(plan, "SHOP-21").kind(), "a Task becomes what otherTypes says");
        ItemDraft wishList = draft(plan, "SHOP-30");
        assertNull(wishList.estimate());
        assertEquals(List.of(), wishList.labels());
        assertNull(wishList.description());
    }

    @Test
    void theWikiDescriptionBecomesMarkdownWithItsQuotesAndLineBreaks() {
        ImportPlan plan = JiraIssues.plan(JiraFiles.text("sprint-backlog.csv"), TypeChoice.STORY, TypeChoice.SKIP);

        assertEquals("""
                ## Why
                Returning customers abandon the basket when they must type their card again.
                ## Acceptance
                1. Saved cards are listed **first**
                1. The CVC is asked *again*
                See [the payment spec](https://wiki.example.com/pay) and the "Remember me" box.
                ```java
                cardStore.find(customer, "default");
                ```""", draft(plan, "SHOP-14").description());
        assertEquals("- by category\n- by brand, later", draft(plan, "SHOP-3").description());
    }

    @Test
    void tasksChosenTechnicalWaitUnrankedForTheirValueStatement() {
        ImportPlan plan = JiraIssues.plan(JiraFiles.text("sprint-backlog.csv"), TypeChoice.TECHNICAL,
                TypeChoice.SKIP);

        ImportedItem sdk = plan.items().stream().filter(i -> "SHOP-21".equals(i.jiraKey())).findFirst().orElseThrow();
        assertEquals(ItemKind.TECHNICAL, sdk.draft().kind());
        assertTrue(sdk.unranked());
        assertEquals(1, plan.unranked());
    }

    @Test
    void awkwardRowsAreWarningsOnTheirLinesNotFailures() {
        ImportPlan plan = JiraIssues.plan(JiraFiles.text("awkward.csv"), TypeChoice.STORY, TypeChoice.SKIP);

        assertEquals(List.of("SHOP-40", "SHOP-43", "SHOP-44", "SHOP-45"),
                plan.items().stream().map(ImportedItem::jiraKey).toList(), "file order: the Rank column is empty");
        assertNull(draft(plan, "SHOP-40").estimate());
        ItemDraft cut = draft(plan, "SHOP-43");
        assertTrue(cut.title().length() <= 200, cut.title());
        assertTrue(cut.title().startsWith("As a returning customer I want the checkout to remember"), cut.title());
        assertTrue(cut.title().endsWith("…"), cut.title());
        assertEquals(ItemKind.STORY, draft(plan, "SHOP-44").kind(), "an Epic becomes what otherTypes says");
        ItemDraft voucher = draft(plan, "SHOP-45");
        assertEquals(new BigDecimal("1.5"), voucher.estimate(), "a decimal comma is read");
        assertEquals(List.of("checkout"), voucher.labels());

        assertEquals(List.of(2, 3, 4, 5, 7, 8), plan.warnings().stream().map(ImportWarning::line).toList());
        assertWarning(plan, 2, "\"abc\" are not a number");
        assertWarning(plan, 3, "SHOP-41: skipped: it is a Sub-task");
        assertWarning(plan, 4, "no Summary");
        assertWarning(plan, 5, "cut to 200 characters (it has 300)");
        assertWarning(plan, 7, "\"needs:triage\" is left out");
        assertWarning(plan, 8, "control characters");
    }

    @Test
    void subTasksComeInWhenTheCallerSaysWhatTheyBecome() {
        ImportPlan plan = JiraIssues.plan(JiraFiles.text("awkward.csv"), TypeChoice.SKIP, TypeChoice.TECHNICAL);

        assertEquals(List.of("SHOP-40", "SHOP-41", "SHOP-43", "SHOP-45"),
                plan.items().stream().map(ImportedItem::jiraKey).toList());
        assertEquals(ItemKind.TECHNICAL, draft(plan, "SHOP-41").kind());
        assertWarning(plan, 6, "SHOP-44: skipped: it is an Epic");
    }

    @Test
    void aFileWithoutSummaryColumnIsRefusedOnItsHeaderLine() {
        MalformedCsv failure = assertThrows(MalformedCsv.class, () -> JiraIssues.plan(
                "Issue key,Title\nSHOP-1,Something\n", TypeChoice.STORY, TypeChoice.SKIP));

        assertEquals(1, failure.line());
        assertTrue(failure.getMessage().contains("no Summary column"), failure.getMessage());
    }

    private static ItemDraft draft(ImportPlan plan, String jiraKey) {
        return plan.items().stream().filter(i -> jiraKey.equals(i.jiraKey())).findFirst().orElseThrow().draft();
    }

    private static void assertWarning(ImportPlan plan, int line, String part) {
        assertTrue(plan.warnings().stream().anyMatch(w -> w.line() == line && w.message().contains(part)),
                "no warning on line " + line + " with \"" + part + "\" in " + plan.warnings());
    }
}
