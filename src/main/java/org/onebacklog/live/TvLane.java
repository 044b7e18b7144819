package org.onebacklog.live;

import java.util.ArrayList;
import java.util.List;

/**
 * One product's numbered messages on their way to its TVs (plain Java). A TV frame is slow to render (charts,
 * history), so TVs have a worker of their own: boards get their next message without waiting for it. Messages that
 * pile up while a frame renders are sent together — every number but the last as a bare "folded" marker, the last
 * with one frame of the current state — so a TV sees no gap and renders once for all of them.
 */
final class TvLane {

    private final List<LiveFeed.Batch> pending = new ArrayList<>();
    /** Queued for the TV worker or held by it. */
    private boolean scheduled;
    /** The last number the TVs were sent, while the lane is busy: a TV joining then starts from it. */
    private long sent;

    /** Adds a message for the TVs; true if the lane must now be handed to the TV worker. */
    synchronized boolean add(LiveFeed.Batch batch) {
        if (!scheduled && pending.isEmpty()) {
            sent = batch.seq() - 1;
        }
        pending.add(batch);
        if (scheduled) {
            return false;
        }
        scheduled = true;
        return true;
    }

    /** Whether messages are waiting or being sent: then a TV's hello must name {@link #sent()}. */
    synchronized boolean busy() {
        return scheduled || !pending.isEmpty();
    }

    synchronized long sent() {
        return sent;
    }

    /** Every waiting message, oldest first (possibly none). */
    synchronized List<LiveFeed.Batch> take() {
        List<LiveFeed.Batch> batches = List.copyOf(pending);
        pending.clear();
        return batches;
    }

    /** The TVs were sent up to {@code seq}; true if more came meanwhile and the lane must be handed over again. */
    synchronized boolean done(long seq) {
        sent = Math.max(sent, seq);
        scheduled = !pending.isEmpty();
        return scheduled;
    }
}
