package org.onebacklog.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onebacklog.events.CapacityOverridden;
import org.onebacklog.events.ColumnsChanged;
import org.onebacklog.events.DisplayRevoked;
import org.onebacklog.events.DodChanged;
import org.onebacklog.events.ItemAdded;
import org.onebacklog.events.ItemChanged;
import org.onebacklog.events.ItemCommitted;
import org.onebacklog.events.ItemProgressed;
import org.onebacklog.events.ItemRanked;
import org.onebacklog.events.ItemRef;
import org.onebacklog.events.ItemUncommitted;
import org.onebacklog.events.PolicyChanged;
import org.onebacklog.events.SprintClosed;
import org.onebacklog.events.SprintPlanned;
import org.onebacklog.events.SprintStarted;
import org.onebacklog.events.Stamp;
import org.onebacklog.events.StandupEnded;
import org.onebacklog.events.StandupStepped;
import org.onebacklog.events.TaskAdded;
import org.onebacklog.events.TaskChanged;
import org.onebacklog.events.TaskMoved;
import org.onebacklog.events.TaskRef;
import org.onebacklog.events.TaskUnassigned;
import org.onebacklog.events.TaskWaived;
import org.onebacklog.events.MemberRemoved;

/** Each event makes the live change its views expect; one write is one change. */
class LiveTopicsTest {

    static final Stamp AT = Stamp.now(1, "SHOP", "dana");
    static final ItemRef ITEM = new ItemRef(10, "SHOP-3", "Checkout", 7L);
    static final TaskRef TASK = new TaskRef(42, "Write tests", ITEM, false);
    static final TaskRef DOD_TASK = new TaskRef(43, "Peer review", ITEM, true);

    @Test
    void aTaskEventNamesItsCardSoTheBoardGetsThatCardOnly() {
        for (var event : List.of(new TaskAdded(AT, TASK, "TODO", BigDecimal.ONE),
                new TaskChanged(AT, TASK, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, "mei"),
                new TaskMoved(AT, TASK, "TODO", "DOING", false), new TaskWaived(AT, DOD_TASK, "covered"),
                new TaskUnassigned(AT, TASK, "mei"))) {
            Change change = LiveTopics.of(event);
            assertEquals(Change.TASK, change.what(), event.toString());
            assertEquals(event instanceof TaskWaived ? 43L : 42L, change.taskId());
            assertEquals("SHOP", change.productKey());
        }
    }

    @Test
    void eventsThatAnotherEventOfTheSameWriteShowsMakeNoChange() {
        assertNull(LiveTopics.of(new TaskAdded(AT, DOD_TASK, "TODO", BigDecimal.ONE)),
                "implied tasks come with the commitment");
        assertNull(LiveTopics.of(new ItemProgressed(AT, ITEM, "TODO", "IN_PROGRESS")), "the task's move shows it");
        assertNull(LiveTopics.of(new CapacityOverridden(AT, ITEM, 7, "the launch")), "the commitment shows it");
        assertNull(LiveTopics.of(new MemberRemoved(AT, "mei", "DEVELOPER")), "the cards it unassigned show it");
    }

    @Test
    void backlogPlanningBoardAndDisplayEventsMakeTheirKindOfChange() {
        assertEquals(Change.ITEM, LiveTopics.of(new ItemAdded(AT, ITEM, "STORY", false)).what());
        assertEquals(Change.ITEM, LiveTopics.of(new ItemChanged(AT, ITEM, "STORY", "BUG", null, null, "TODO",
                "TODO")).what());
        assertEquals(Change.ITEM, LiveTopics.of(new ItemRanked(AT, ITEM)).what());
        for (var plan : List.of(new ItemCommitted(AT, ITEM, 7, "STORY", BigDecimal.ONE),
                new ItemUncommitted(AT, ITEM, 7), new SprintPlanned(AT, 7, "Sprint 1", true),
                new SprintStarted(AT, 7, "Sprint 1", BigDecimal.TEN, new BigDecimal("0.2")),
                new SprintClosed(AT, 7, "Sprint 1", BigDecimal.ONE, List.of(ITEM)),
                new PolicyChanged(AT, "ENFORCE", new BigDecimal("0.2")))) {
            assertEquals(Change.PLAN, LiveTopics.of(plan).what(), plan.toString());
        }
        assertEquals(Change.COLUMN, LiveTopics.of(new ColumnsChanged(AT)).what());
        assertEquals(Change.DOD, LiveTopics.of(new DodChanged(AT, 3)).what());
        assertEquals(Change.STANDUP, LiveTopics.of(new StandupStepped(AT, 2, "dana")).what());
        assertEquals(Change.STANDUP, LiveTopics.of(new StandupEnded(AT)).what());
        Change revoked = LiveTopics.of(new DisplayRevoked(AT, 5));
        assertEquals(Change.DISPLAY_REVOKED, revoked.what());
        assertEquals("5", revoked.detail());
        assertEquals(Change.DISPLAY, LiveTopics.of(new org.onebacklog.events.DisplayChanged(AT, 5, 30)).what());
    }
}
