package org.onebacklog.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveFeedTest {

    @Test
    void changesThatComeWhileAMessageRendersFollowAsOneNumberedMessage() {
        LiveFeed feed = new LiveFeed("P");
        assertTrue(feed.add(new Change("P", Change.TASK)), "the first change hands the feed to a worker");
        LiveFeed.Batch first = feed.take();
        assertEquals(1, first.seq());
        // While the first renders, a burst arrives: nobody else is asked to render.
        for (int i = 0; i < 100; i++) {
            assertFalse(feed.add(new Change("P", i % 2 == 0 ? Change.TASK : Change.ITEM)));
        }
        assertTrue(feed.done(), "more came meanwhile: the feed goes back to a worker");
        LiveFeed.Batch burst = feed.take();
        assertEquals(2, burst.seq(), "the burst is the next number: no gap");
        assertEquals("task item", burst.kinds());
        assertEquals(LiveFeed.KEPT, burst.changes().size());
        assertFalse(burst.complete(), "more were folded in than kept one by one");
        assertFalse(feed.done(), "nothing left: the feed rests");
        assertNull(feed.take());
        assertEquals(2, feed.sequence());
    }

    @Test
    void aResyncIsNumberedLikeAChange() {
        LiveFeed feed = new LiveFeed("P");
        assertTrue(feed.resync());
        LiveFeed.Batch batch = feed.take();
        assertTrue(batch.resync());
        assertEquals(1, batch.seq());
        assertTrue(batch.complete() && batch.changes().isEmpty());
        assertFalse(feed.done());
        assertTrue(feed.add(new Change("P", Change.PLAN)), "a resting feed is handed to a worker again");
    }

    @Test
    void aStandupStepLeavesTheBoardsCardsAsTheyWere() {
        LiveFeed feed = new LiveFeed("P");
        feed.add(new Change("P", Change.STANDUP));
        LiveFeed.Batch step = feed.take();
        assertTrue(step.onlyStandup(), "a message of stand-up steps alone: boards get its number only");
        feed.done();
        feed.add(new Change("P", Change.STANDUP));
        feed.add(Change.task("P", 42));
        LiveFeed.Batch both = feed.take();
        assertFalse(both.onlyStandup());
        assertEquals(java.util.Set.of(42L), both.tasks(LiveFeed.KEPT), "the board still gets just the moved card");
    }

    @Test
    void aDisplaysNewRotationIsTheTvsOnly() {
        LiveFeed feed = new LiveFeed("P");
        feed.add(new Change("P", Change.DISPLAY));
        feed.add(new Change("P", Change.STANDUP));
        LiveFeed.Batch batch = feed.take();
        assertTrue(batch.onlyStandup(), "nothing but what the TV shows: boards get the number only");
        feed.done();
        feed.add(new Change("P", Change.DISPLAY));
        feed.add(Change.task("P", 7));
        LiveFeed.Batch both = feed.take();
        assertFalse(both.onlyStandup());
        assertEquals(java.util.Set.of(7L), both.tasks(LiveFeed.KEPT), "the board still gets just the moved card");
    }
}
