package org.onebacklog.live;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One product's changes on their way to its live connections (plain Java). Changes that arrive while the last
 * message is still being rendered wait here and are published together as the next numbered message, so however
 * fast they come, none is dropped and the numbers have no gap; the renders follow as fast as they can.
 * At most one worker holds a feed at a time: {@link #add} and {@link #resync} say when it must be handed to one.
 */
final class LiveFeed {

    /**
     * A numbered message: the changes it stands for (the first {@link #KEPT}; {@code complete} is false when more
     * were folded in), or a resync of every view. A board renders just the changed cards when the batch is
     * complete and holds nothing but task changes that name their task; anything else renders the whole view.
     */
    record Batch(long seq, List<Change> changes, List<String> whats, boolean complete, boolean resync) {
        /** What changed, for the marker's {@code data-change}: "task", or "task item" for a folded batch. */
        String kinds() {
            return String.join(" ", whats);
        }

        /**
         * The tasks this batch changed, in order of first change, when it holds only task changes naming their
         * task, all kept, and at most {@code most} of them; otherwise null: the whole view stands for them.
         */
        Set<Long> tasks(int most) {
            if (!complete || resync) {
                return null;
            }
            Set<Long> ids = new LinkedHashSet<>();
            for (Change change : changes) {
                if (onlyTheTvShows(change.what())) {
                    continue; // the stand-up walk and the displays are the TV's only: the cards are what they were
                }
                Long id = change.taskId();
                if (id == null) {
                    return null;
                }
                ids.add(id);
            }
            return ids.isEmpty() || ids.size() > most ? null : ids;
        }

        /** Whether the message holds nothing but what only the TV shows: stand-up steps, displays (no resync). */
        boolean onlyStandup() {
            return !resync && !whats.isEmpty() && whats.stream().allMatch(LiveFeed::onlyTheTvShows);
        }
    }

    /** What changes the TV's frame alone: the stand-up walk it follows, its displays' rotation. */
    static boolean onlyTheTvShows(String what) {
        return Change.STANDUP.equals(what) || Change.DISPLAY.equals(what);
    }

    /** Changes kept one by one per batch; more are only counted, the whole view stands for them. */
    static final int KEPT = 64;

    private final String productKey;
    private final List<Change> pending = new ArrayList<>();
    private final Set<String> whats = new LinkedHashSet<>();
    private boolean overflowed;
    private boolean resync;
    private long sequence;
    /** Queued for a worker or held by one. */
    private boolean scheduled;

    LiveFeed(String productKey) {
        this.productKey = productKey;
    }

    String productKey() {
        return productKey;
    }

    /** The number of the last message: a page that connects now starts from it. */
    synchronized long sequence() {
        return sequence;
    }

    /** Adds a change; true if the feed must now be handed to a worker (none holds it yet). */
    synchronized boolean add(Change change) {
        if (pending.size() < KEPT) {
            pending.add(change);
        } else {
            overflowed = true;
        }
        whats.add(change.what());
        return schedule();
    }

    /** Asks every view to fetch again; true if the feed must now be handed to a worker. */
    synchronized boolean resync() {
        resync = true;
        return schedule();
    }

    private boolean schedule() {
        if (scheduled) {
            return false;
        }
        scheduled = true;
        return true;
    }

    /** Everything gathered so far as the next numbered message, or null if nothing is waiting. */
    synchronized Batch take() {
        if (pending.isEmpty() && !resync) {
            return null;
        }
        Batch batch = new Batch(++sequence, List.copyOf(pending), List.copyOf(whats), !overflowed, resync);
        pending.clear();
        whats.clear();
        overflowed = false;
        resync = false;
        return batch;
    }

    /** The worker is done with the feed; true if more came meanwhile and it must be handed to a worker again. */
    synchronized boolean done() {
        scheduled = !pending.isEmpty() || resync;
        return scheduled;
    }
}
