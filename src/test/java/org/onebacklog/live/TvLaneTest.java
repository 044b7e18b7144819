package org.onebacklog.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TvLaneTest {

    private static LiveFeed.Batch batch(long seq) {
        return new LiveFeed.Batch(seq, List.of(new Change("P", Change.TASK, "1")), List.of(Change.TASK), true, false);
    }

    @Test
    void messagesThatArriveWhileAFrameRendersAreSentTogetherInOrder() {
        TvLane lane = new TvLane();
        assertTrue(lane.add(batch(5)), "an idle lane is handed to the TV worker");
        assertEquals(4, lane.sent(), "a TV joining now starts before the waiting message");
        assertEquals(List.of(5L), lane.take().stream().map(LiveFeed.Batch::seq).toList());
        assertFalse(lane.add(batch(6)), "held by the worker: not handed over twice");
        assertFalse(lane.add(batch(7)));
        assertTrue(lane.done(5), "more came meanwhile: the worker takes the lane again");
        assertEquals(5, lane.sent());
        assertEquals(List.of(6L, 7L), lane.take().stream().map(LiveFeed.Batch::seq).toList());
        assertFalse(lane.done(7));
        assertFalse(lane.busy(), "all sent");
        assertEquals(7, lane.sent());
    }
}
