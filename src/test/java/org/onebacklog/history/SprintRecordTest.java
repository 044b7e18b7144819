package org.onebacklog.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.backlog.ItemKind;

/**
 * Hand-made sprint records replayed into the review's figures. The sprint runs two weeks, Monday 2 November to
 * Friday 13 November 2026, in Paris; the weekend in between counts no day.
 */
class SprintRecordTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final long SPRINT = 7;
    static final LocalDate START = LocalDate.of(2026, 11, 2);
    static final LocalDate END = LocalDate.of(2026, 11, 13);

    final List<Happening> record = new ArrayList<>();

    static Instant at(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 11, day, hour, minute).atZone(PARIS).toInstant();
    }

    /** The Friday before the sprint: planning day. */
    static Instant friday(int hour, int minute) {
        return LocalDateTime.of(2026, 10, 30, hour, minute).atZone(PARIS).toInstant();
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** Planned on the Friday before; started Monday morning with three stories, a bug and a technical item. */
    void plannedAndStarted() {
        record.add(Happening.committed(friday(16, 0), SPRINT, "SHOP-1",
                ItemKind.STORY, n("5")));
        record.add(Happening.committed(friday(16, 5), SPRINT, "SHOP-2", ItemKind.STORY,
                n("8")));
        record.add(Happening.committed(friday(16, 6), SPRINT, "SHOP-3", ItemKind.BUG,
                n("3")));
        record.add(Happening.committed(friday(16, 7), SPRINT, "SHOP-4",
                ItemKind.TECHNICAL, n("4")));
        record.add(Happening.started(at(2, 9, 30), SPRINT, n("24"), n("0.25")));
    }

    SprintRecord.Figures replayAt(Instant now) {
        return SprintRecord.replay(SPRINT, START, END, record, now, PARIS);
    }

    SprintRecord.Day day(SprintRecord.Figures figures, int dayOfMonth) {
        return figures.days().stream().filter(d -> d.date().getDayOfMonth() == dayOfMonth).findFirst()
                .orElseThrow(() -> new AssertionError("no day " + dayOfMonth + " in " + figures.days()));
    }

    @Test
    void aSprintWithoutAStartHasNoFigures() {
        record.add(Happening.committed(at(1, 10, 0), SPRINT, "SHOP-1", ItemKind.STORY, n("5")));
        assertNull(replayAt(at(3, 12, 0)));
    }

    @Test
    void committedIsWhatTheSprintHeldWhenItStarted() {
        plannedAndStarted();
        SprintRecord.Figures figures = replayAt(at(2, 12, 0));
        assertEquals(List.of("SHOP-1", "SHOP-2", "SHOP-3", "SHOP-4"), keys(figures.committed()));
        assertEquals(0, n("20").compareTo(figures.committedEstimate()));
        assertEquals(0, n("24").compareTo(figures.capacity()));
        assertEquals(0, n("0.25").compareTo(figures.reservedShare()));
    }

    @Test
    void weekendsAreNotDaysOfTheBurndown() {
        plannedAndStarted();
        SprintRecord.Figures figures = replayAt(at(13, 18, 0));
        List<Integer> dates = figures.days().stream().map(d -> d.date().getDayOfMonth()).toList();
        assertEquals(List.of(2, 3, 4, 5, 6, 9, 10, 11, 12, 13), dates);
    }

    @Test
    void workOnASaturdayShowsOnMondayAndTheIdealLineReachesZeroOnTheLastDay() {
        plannedAndStarted();
        record.add(Happening.itemStatus(at(7, 11, 0), SPRINT, "SHOP-1", true)); // a Saturday
        SprintRecord.Figures figures = replayAt(at(13, 18, 0));
        assertEquals(0, n("20").compareTo(day(figures, 6).remaining()));
        assertEquals(0, n("15").compareTo(day(figures, 9).remaining()));
        assertEquals(0, n("18").compareTo(day(figures, 2).ideal()));
        assertEquals(0, BigDecimal.ZERO.compareTo(day(figures, 13).ideal()));
    }

    @Test
    void daysToComeHaveNoValuesYet() {
        plannedAndStarted();
        record.add(Happening.itemStatus(at(3, 15, 0), SPRINT, "SHOP-3", true));
        SprintRecord.Figures figures = replayAt(at(4, 10, 0));
        assertEquals(0, n("20").compareTo(day(figures, 2).remaining()));
        assertEquals(0, n("17").compareTo(day(figures, 3).remaining()));
        assertEquals(0, n("17").compareTo(day(figures, 4).remaining()), "today, so far");
        assertNull(day(figures, 5).remaining());
        assertNull(day(figures, 13).scope());
        assertTrue(day(figures, 13).ideal() != null, "the ideal line covers the whole sprint");
    }

    @Test
    void theFiguresForADayDoNotDependOnWhenTheyAreAsked() {
        plannedAndStarted();
        record.add(Happening.itemStatus(at(3, 23, 59), SPRINT, "SHOP-3", true));
        record.add(Happening.itemStatus(at(4, 0, 1), SPRINT, "SHOP-1", true));
        SprintRecord.Figures thatNight = replayAt(at(4, 0, 30));
        SprintRecord.Figures weeksLater = replayAt(at(30, 12, 0));
        assertEquals(day(thatNight, 3), day(weeksLater, 3));
        assertEquals(0, n("17").compareTo(day(weeksLater, 3).remaining()));
        assertEquals(0, n("12").compareTo(day(weeksLater, 4).remaining()));
    }

    @Test
    void scopeAddedMidSprintRaisesTheBurnupScopeButNotTheCommitment() {
        plannedAndStarted();
        record.add(Happening.committed(at(5, 14, 0), SPRINT, "SHOP-9", ItemKind.BUG, n("2")));
        SprintRecord.Figures figures = replayAt(at(6, 18, 0));
        assertEquals(0, n("20").compareTo(figures.committedEstimate()));
        assertEquals(List.of("SHOP-9"), keys(figures.added()));
        assertEquals(0, n("20").compareTo(day(figures, 4).scope()));
        assertEquals(0, n("22").compareTo(day(figures, 5).scope()));
        assertEquals(0, n("22").compareTo(day(figures, 5).remaining()));
    }

    @Test
    void removedItemsLeaveTheScopeAndAreListed() {
        plannedAndStarted();
        record.add(Happening.removed(at(4, 10, 0), SPRINT, "SHOP-2"));
        SprintRecord.Figures figures = replayAt(at(5, 18, 0));
        assertEquals(List.of("SHOP-2"), keys(figures.removed()));
        assertEquals(0, n("8").compareTo(figures.removed().get(0).estimate()));
        assertEquals(0, n("12").compareTo(day(figures, 4).scope()));
        assertTrue(figures.added().isEmpty());
        assertTrue(!keys(figures.notCompleted()).contains("SHOP-2"));
    }

    @Test
    void removalsWhilePlanningAreNotScopeChange() {
        record.add(Happening.committed(at(1, 10, 0), SPRINT, "SHOP-5", ItemKind.STORY, n("3")));
        record.add(Happening.removed(at(1, 11, 0), SPRINT, "SHOP-5"));
        plannedAndStarted();
        SprintRecord.Figures figures = replayAt(at(3, 18, 0));
        assertTrue(figures.removed().isEmpty());
        assertTrue(!keys(figures.committed()).contains("SHOP-5"));
    }

    @Test
    void reEstimatesChangeTheLineFromTheirDayOn() {
        plannedAndStarted();
        record.add(Happening.itemChanged(at(4, 16, 0), SPRINT, "SHOP-2", ItemKind.STORY, n("13")));
        SprintRecord.Figures figures = replayAt(at(5, 18, 0));
        assertEquals(0, n("20").compareTo(day(figures, 3).remaining()));
        assertEquals(0, n("25").compareTo(day(figures, 4).remaining()));
        assertEquals(0, n("20").compareTo(figures.committedEstimate()), "the commitment stays as it was");
    }

    @Test
    void reEstimatesBeforeTheCommitmentDoNotCount() {
        record.add(Happening.itemChanged(at(1, 9, 0).minusSeconds(7 * 86400), null, "SHOP-1", ItemKind.STORY,
                n("1")));
        plannedAndStarted();
        assertEquals(0, n("5").compareTo(replayAt(at(2, 12, 0)).committed().get(0).estimate()));
    }

    @Test
    void closingCountsDoneItemsAsCompletedAndTheRestAsCarriedOver() {
        plannedAndStarted();
        record.add(Happening.itemStatus(at(5, 12, 0), SPRINT, "SHOP-1", true));
        record.add(Happening.itemStatus(at(10, 12, 0), SPRINT, "SHOP-4", true));
        record.add(Happening.carriedOver(at(13, 17, 0), SPRINT, "SHOP-2"));
        record.add(Happening.carriedOver(at(13, 17, 0), SPRINT, "SHOP-3"));
        record.add(Happening.closed(at(13, 17, 0), SPRINT));
        // After the close, SHOP-2 goes on in the next sprint: none of that belongs to this one.
        record.add(Happening.committed(at(16, 9, 0), SPRINT + 1, "SHOP-2", ItemKind.STORY, n("8")));
        record.add(Happening.itemStatus(at(17, 9, 0), SPRINT + 1, "SHOP-2", true));
        SprintRecord.Figures figures = replayAt(at(20, 12, 0));
        assertTrue(figures.isClosed());
        assertEquals(List.of("SHOP-1", "SHOP-4"), keys(figures.completed()));
        assertEquals(0, n("9").compareTo(figures.completedEstimate()));
        assertEquals(List.of("SHOP-2", "SHOP-3"), keys(figures.notCompleted()));
        assertEquals(0, n("11").compareTo(day(figures, 13).remaining()));
        assertEquals(0, n("20").compareTo(day(figures, 13).scope()), "carried-over items stay in the scope");
    }

    @Test
    void aCarriedOverItemIsCommittedAgainInTheNextSprintWithItsOldTasks() {
        record.add(Happening.committed(at(1, 10, 0).minusSeconds(14 * 86400), SPRINT - 1, "SHOP-2",
                ItemKind.STORY, n("8")));
        record.add(Happening.taskAdded(at(1, 10, 0).minusSeconds(14 * 86400), SPRINT - 1, "SHOP-2", 50, n("2"),
                true));
        record.add(Happening.taskMoved(at(1, 10, 0).minusSeconds(10 * 86400), SPRINT - 1, "SHOP-2", 50, true));
        record.add(Happening.carriedOver(at(1, 10, 0).minusSeconds(4 * 86400), SPRINT - 1, "SHOP-2"));
        record.add(Happening.closed(at(1, 10, 0).minusSeconds(4 * 86400), SPRINT - 1));
        plannedAndStarted();
        record.add(Happening.itemStatus(at(3, 10, 0), SPRINT, "SHOP-2", true));
        SprintRecord.Figures figures = replayAt(at(3, 18, 0));
        assertTrue(keys(figures.committed()).contains("SHOP-2"));
        assertEquals(1, figures.itemsDone());
        assertEquals(1, figures.itemsDoneWithAllDodTasks(), "its DoD task was done in the earlier sprint");
    }

    @Test
    void aCarriedOverItemsDodTaskFinishedEarlierIsNotThisSprintsWork() {
        Instant before = at(1, 10, 0);
        record.add(Happening.committed(before.minusSeconds(14 * 86400), SPRINT - 1, "SHOP-2", ItemKind.STORY,
                n("8")));
        record.add(Happening.taskAdded(before.minusSeconds(14 * 86400), SPRINT - 1, "SHOP-2", 50, n("2"), true));
        record.add(Happening.taskAdded(before.minusSeconds(14 * 86400), SPRINT - 1, "SHOP-2", 51, n("1"), true));
        record.add(Happening.taskMoved(before.minusSeconds(10 * 86400), SPRINT - 1, "SHOP-2", 50, true));
        record.add(Happening.carriedOver(before.minusSeconds(4 * 86400), SPRINT - 1, "SHOP-2"));
        record.add(Happening.closed(before.minusSeconds(4 * 86400), SPRINT - 1));
        plannedAndStarted();
        record.add(Happening.taskMoved(at(3, 9, 0), SPRINT, "SHOP-2", 51, true));
        record.add(Happening.itemStatus(at(3, 10, 0), SPRINT, "SHOP-2", true));
        SprintRecord.Figures figures = replayAt(at(3, 18, 0));
        assertEquals(0, n("1").compareTo(figures.planned().technical().subtract(n("4"))),
                "planned: the technical item and the one DoD task still open at the start");
        assertEquals(0, n("1").compareTo(figures.actual().technical()),
                "actual: only the DoD task finished in this sprint, not the one finished in the last");
        assertEquals(0, n("8").compareTo(figures.actual().functional()));
    }

    @Test
    void theSplitComparesPlannedAndActualFunctionalAndTechnicalWork() {
        plannedAndStarted();
        record.add(Happening.taskAdded(friday(16, 10), SPRINT, "SHOP-1", 101, n("1"), true));
        record.add(Happening.taskAdded(friday(16, 10), SPRINT, "SHOP-2", 102, n("1.5"),
                true));
        record.add(Happening.taskAdded(friday(16, 10), SPRINT, "SHOP-2", 103, n("3"), false));
        record.add(Happening.taskMoved(at(3, 10, 0), SPRINT, "SHOP-1", 101, true));
        record.add(Happening.itemStatus(at(3, 10, 0), SPRINT, "SHOP-1", true));
        record.add(Happening.itemStatus(at(4, 10, 0), SPRINT, "SHOP-4", true));
        SprintRecord.Figures figures = replayAt(at(4, 18, 0));
        assertEquals(0, n("16").compareTo(figures.planned().functional()));
        assertEquals(0, n("6.5").compareTo(figures.planned().technical()), "4 technical + 2.5 of DoD tasks");
        assertEquals(0, n("5").compareTo(figures.actual().functional()));
        assertEquals(0, n("5").compareTo(figures.actual().technical()), "4 technical + 1 DoD task done");
    }

    @Test
    void dodComplianceCountsDoneItemsWhoseDodTasksWereAllDoneNotWaived() {
        plannedAndStarted();
        record.add(Happening.taskAdded(friday(16, 10), SPRINT, "SHOP-1", 101, n("1"), true));
        record.add(Happening.taskAdded(friday(16, 10), SPRINT, "SHOP-3", 102, n("1"), true));
        record.add(Happening.taskMoved(at(3, 10, 0), SPRINT, "SHOP-1", 101, true));
        record.add(Happening.itemStatus(at(3, 10, 0), SPRINT, "SHOP-1", true));
        record.add(Happening.taskWaived(at(4, 9, 0), SPRINT, "SHOP-3", 102, "Hotfix, docs follow", "paula"));
        record.add(Happening.itemStatus(at(4, 10, 0), SPRINT, "SHOP-3", true));
        SprintRecord.Figures figures = replayAt(at(4, 18, 0));
        assertEquals(2, figures.itemsDone());
        assertEquals(1, figures.itemsDoneWithAllDodTasks());
        assertEquals(1, figures.waivers().size());
        SprintRecord.Waiver waiver = figures.waivers().get(0);
        assertEquals(102, waiver.taskId());
        assertEquals("Hotfix, docs follow", waiver.reason());
        assertEquals("paula", waiver.by());
    }

    @Test
    void aTaskMovedBackOutOfDoneIsOpenAgain() {
        plannedAndStarted();
        record.add(Happening.taskAdded(friday(16, 10), SPRINT, "SHOP-1", 101, n("1"), true));
        record.add(Happening.taskMoved(at(3, 10, 0), SPRINT, "SHOP-1", 101, true));
        record.add(Happening.itemStatus(at(3, 10, 0), SPRINT, "SHOP-1", true));
        record.add(Happening.taskMoved(at(3, 11, 0), SPRINT, "SHOP-1", 101, false));
        record.add(Happening.itemStatus(at(3, 11, 0), SPRINT, "SHOP-1", false));
        SprintRecord.Figures figures = replayAt(at(3, 18, 0));
        assertEquals(0, figures.itemsDone());
        assertEquals(0, n("20").compareTo(day(figures, 3).remaining()));
        assertEquals(0, BigDecimal.ZERO.compareTo(figures.actual().technical()));
    }

    @Test
    void overridesOfTheCapacityPolicyAreKeptWithTheirReasons() {
        plannedAndStarted();
        record.add(Happening.committed(at(4, 9, 0), SPRINT, "SHOP-8", ItemKind.STORY, n("5")));
        record.add(Happening.overridden(at(4, 9, 0), SPRINT, "SHOP-8", "Customer demo on Friday", "sam"));
        SprintRecord.Figures figures = replayAt(at(4, 18, 0));
        assertEquals(1, figures.overrides().size());
        assertEquals("SHOP-8", figures.overrides().get(0).itemKey());
        assertEquals("Customer demo on Friday", figures.overrides().get(0).reason());
        assertEquals("sam", figures.overrides().get(0).by());
    }

    @Test
    void daysBeforeALateStartShowTheCommitment() {
        record.add(Happening.committed(at(3, 9, 0), SPRINT, "SHOP-1", ItemKind.STORY, n("5")));
        record.add(Happening.started(at(3, 10, 0), SPRINT, n("24"), n("0.2")));
        SprintRecord.Figures figures = replayAt(at(3, 18, 0));
        assertEquals(0, n("5").compareTo(day(figures, 2).remaining()), "Monday, before the Tuesday start");
        assertEquals(0, n("5").compareTo(day(figures, 2).scope()));
    }

    @Test
    void aSprintClosedLateGetsItsExtraDays() {
        plannedAndStarted();
        record.add(Happening.closed(at(16, 10, 0), SPRINT));
        SprintRecord.Figures figures = replayAt(at(20, 10, 0));
        assertEquals(16, figures.days().get(figures.days().size() - 1).date().getDayOfMonth());
    }

    @Test
    void aWeekendSprintCountsItsDays() {
        assertEquals(2, SprintRecord.workingDays(LocalDate.of(2026, 11, 7), LocalDate.of(2026, 11, 8)).size());
    }

    @Test
    void theOrderOfTheEntriesGivenDoesNotMatter() {
        plannedAndStarted();
        record.add(Happening.itemStatus(at(3, 10, 0), SPRINT, "SHOP-1", true));
        record.add(Happening.committed(at(5, 14, 0), SPRINT, "SHOP-9", ItemKind.BUG, n("2")));
        SprintRecord.Figures inOrder = replayAt(at(6, 18, 0));
        Collections.reverse(record);
        SprintRecord.Figures reversed = replayAt(at(6, 18, 0));
        assertEquals(inOrder.days(), reversed.days());
        assertEquals(keys(inOrder.added()), keys(reversed.added()));
    }

    static List<String> keys(List<SprintRecord.ItemLine> lines) {
        return lines.stream().map(SprintRecord.ItemLine::itemKey).toList();
    }

    @Test
    void workThatStoodBlockedIsListedWithHowLong() {
        plannedAndStarted();
        record.add(Happening.taskAdded(friday(16, 10), SPRINT, "SHOP-1", 101, n("1"), false));
        record.add(Happening.blocked(at(3, 10, 0), SPRINT, "SHOP-1", 101L, true, "Waiting for the API key", "dana"));
        record.add(Happening.blocked(at(4, 16, 0), SPRINT, "SHOP-1", 101L, false, "Waiting for the API key", "mei"));
        record.add(Happening.blocked(at(5, 9, 0), SPRINT, "SHOP-2", null, true, "Legal review", "dana"));
        SprintRecord.Figures figures = replayAt(at(6, 12, 0));
        assertEquals(2, figures.blocked().size());
        SprintRecord.Stoppage task = figures.blocked().get(0);
        assertEquals(101L, task.taskId());
        assertEquals("Waiting for the API key", task.reason());
        assertEquals(30, task.length(at(6, 12, 0)).toHours(), "Tuesday 10:00 to Wednesday 16:00");
        SprintRecord.Stoppage item = figures.blocked().get(1);
        assertNull(item.taskId());
        assertEquals("SHOP-2", item.itemKey());
        assertNull(item.to(), "still blocked");
        assertEquals(27, item.length(at(6, 12, 0)).toHours());
    }

    @Test
    void aDeletedTaskLeavesTheRecordsStateAndTheFiguresStandAsBefore() {
        plannedAndStarted();
        record.add(Happening.taskAdded(friday(16, 10), SPRINT, "SHOP-4", 101, n("2"), true));
        record.add(Happening.taskAdded(at(3, 10, 0), SPRINT, "SHOP-1", 102, n("3"), false));
        record.add(Happening.taskRemoved(at(3, 11, 0), SPRINT, "SHOP-1", 102));
        SprintRecord.Figures figures = replayAt(at(6, 12, 0));
        assertEquals(0, n("6").compareTo(figures.planned().technical()),
                "the technical item and its DoD task: " + figures.planned());
        assertEquals(0, n("16").compareTo(figures.planned().functional()), figures.planned().toString());
    }
}
