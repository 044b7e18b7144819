package org.onebacklog.live;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The open live connections of this instance, by product. A change never waits in a bounded queue: it is folded
 * into its product's {@link LiveFeed}, and a render worker publishes the feed's pending changes as one numbered
 * message — the affected fragments rendered once per kind of view from the current state, the same bytes to every
 * connection of that kind (a board: the changed cards, or the grid when its structure changed). A burst of a hundred changes to one board so costs a few renders, every change is in a
 * numbered message, and a client that sees a gap in the numbers, or reconnects, fetches its view again. A
 * revoked display is disconnected at once, never queued behind renders.
 */
@ApplicationScoped
public class LiveHub {

    /** A connection, the view it shows ("board", "backlog", "planning", "tv"…) and, for a TV, its display's id. */
    record Viewer(WebSocketConnection connection, String view, Long display) {
    }

    /** The marker's {@code data-change} that tells a page to fetch its view again. */
    static final String RESYNC = "resync";

    /** Render workers: products render in parallel, each product by one worker at a time (its numbers in order). */
    private static final int RENDERERS = 2;

    private final Map<String, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Map<String, LiveFeed> feeds = new ConcurrentHashMap<>();
    private final ExecutorService renderers = Executors.newFixedThreadPool(RENDERERS, new RendererThreads("live-renderer-"));
    /** TV frames: one worker of their own, so a slow frame holds up no board (see {@link TvLane}). */
    private final ExecutorService tvRenderer = Executors.newSingleThreadExecutor(new RendererThreads("live-tv-"));
    private final Map<String, TvLane> tvLanes = new ConcurrentHashMap<>();

    /** The marker's {@code data-change} of a TV's message whose frame comes with the next number. */
    static final String FOLDED = "folded";

    /** The marker's {@code data-change} of a message that changes nothing the view shows: a number, kept. */
    static final String UNCHANGED = "unchanged";

    /** The views pushed rendered fragments (board, TV); the others get the bare marker. */
    @Inject
    Instance<LiveView> rendered;

    @Inject
    LiveMetrics metrics;

    @jakarta.annotation.PostConstruct
    void watch() {
        metrics.connections(() -> viewers.values().stream().mapToInt(Set::size).sum());
    }

    void join(String productKey, WebSocketConnection connection, String view, Long display) {
        viewers.computeIfAbsent(productKey, k -> ConcurrentHashMap.newKeySet())
                .add(new Viewer(connection, view, display));
    }

    void leave(String productKey, WebSocketConnection connection) {
        Set<Viewer> set = viewers.get(productKey);
        if (set != null) {
            set.removeIf(v -> v.connection().id().equals(connection.id()));
        }
    }

    /** The last number given out for the product; 0 before its first change (read only: no feed is made for it). */
    public long sequence(String productKey) {
        LiveFeed feed = feeds.get(productKey);
        return feed == null ? 0 : feed.sequence();
    }

    /** The number a new connection of {@code view} starts from: a TV's may lag while frames are on their way. */
    long hello(String productKey, String view) {
        TvLane lane = "tv".equals(view) ? tvLanes.get(productKey) : null;
        if (lane != null) {
            synchronized (lane) {
                if (lane.busy()) {
                    return lane.sent();
                }
            }
        }
        return sequence(productKey);
    }

    int connections(String productKey) {
        Set<Viewer> set = viewers.get(productKey);
        return set == null ? 0 : set.size();
    }

    /**
     * Takes a committed change, of this instance or (cluster build) of another: never blocks and never drops. A
     * revocation disconnects its TVs right here; anything else is folded into the product's feed.
     */
    public void accept(Change change) {
        metrics.changeTaken();
        if (Change.DISPLAY_REVOKED.equals(change.what())) {
            disconnect(change.productKey(), Long.parseLong(change.detail()));
            return;
        }
        LiveFeed feed = feed(change.productKey());
        if (feed.add(change)) {
            renderers.execute(() -> publish(feed));
        }
    }

    /**
     * Every connection of this instance fetches its view again: after the broker between instances was away,
     * changes made elsewhere may have been missed, and the numbers cannot tell.
     */
    void resyncAll() {
        for (String productKey : viewers.keySet()) {
            LiveFeed feed = feed(productKey);
            if (feed.resync()) {
                renderers.execute(() -> publish(feed));
            }
        }
    }

    private LiveFeed feed(String productKey) {
        return feeds.computeIfAbsent(productKey, LiveFeed::new);
    }

    /**
     * Publishes what the feed gathered as one numbered message, then hands the feed back to the queue if more came
     * meanwhile (behind other products' feeds, so one busy board does not starve the others).
     */
    private void publish(LiveFeed feed) {
        LiveFeed.Batch batch = feed.take();
        if (batch == null) {
            return;
        }
        try {
            send(feed.productKey(), batch);
        } catch (RuntimeException e) {
            Log.errorf(e, "Live update %d of %s failed", batch.seq(), feed.productKey());
        } finally {
            if (feed.done()) {
                renderers.execute(() -> publish(feed));
            }
        }
    }

    private void send(String productKey, LiveFeed.Batch batch) {
        Set<Viewer> set = viewers.get(productKey);
        TvLane lane = tvLanes.get(productKey);
        if (set != null && set.stream().anyMatch(v -> "tv".equals(v.view())) || lane != null && lane.busy()) {
            TvLane tvs = tvLanes.computeIfAbsent(productKey, k -> new TvLane());
            if (tvs.add(batch)) {
                tvRenderer.execute(() -> publishTv(productKey, tvs));
            }
        }
        if (set == null || set.isEmpty()) {
            return; // numbered all the same: a page that connects later learns the number in its hello
        }
        Map<String, String> bytesByView = new HashMap<>();
        if (batch.resync()) {
            bytesByView.put("*", marker(batch.seq(), RESYNC));
        }
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        List<Viewer> pages = new ArrayList<>();
        try {
            for (Viewer viewer : set) {
                if (!viewer.connection().isOpen() || "tv".equals(viewer.view())) {
                    continue; // TVs get theirs from the TV worker
                }
                bytesByView.computeIfAbsent(batch.resync() ? "*" : viewer.view(),
                        view -> message(productKey, batch, view));
                pages.add(viewer);
            }
        } finally {
            requests.terminate();
        }
        // Rendered: the fan-out starts. Writes under way, plus one held until every write is handed out.
        long start = System.nanoTime();
        AtomicInteger writing = new AtomicInteger(pages.size() + 1);
        Runnable written = () -> {
            if (writing.decrementAndGet() == 0) {
                metrics.fannedOut(System.nanoTime() - start);
            }
        };
        for (Viewer viewer : pages) {
            viewer.connection().sendText(bytesByView.get(batch.resync() ? "*" : viewer.view())).subscribe().with(
                    ok -> written.run(), failure -> {
                        Log.debugf("Live message to %s failed: %s", viewer.connection().id(), failure);
                        written.run();
                    });
        }
        written.run();
    }

    /**
     * Sends the TVs every message waiting in their lane: bare "folded" markers, then the last number with one
     * frame rendered now (or its resync marker). Hands the lane back to the TV worker if more came meanwhile.
     */
    private void publishTv(String productKey, TvLane lane) {
        List<LiveFeed.Batch> batches = lane.take();
        long last = 0;
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            if (!batches.isEmpty()) {
                List<String> messages = new ArrayList<>();
                for (int i = 0; i < batches.size() - 1; i++) {
                    LiveFeed.Batch batch = batches.get(i);
                    messages.add(marker(batch.seq(), batch.resync() ? RESYNC : FOLDED));
                }
                LiveFeed.Batch newest = batches.get(batches.size() - 1);
                last = newest.seq();
                messages.add(newest.resync() ? marker(last, RESYNC) : message(productKey, newest, "tv"));
                for (Viewer viewer : viewers.getOrDefault(productKey, Set.of())) {
                    if ("tv".equals(viewer.view()) && viewer.connection().isOpen()) {
                        for (String text : messages) {
                            viewer.connection().sendText(text).subscribe().with(ok -> { }, failure -> Log.debugf(
                                    "Live message to %s failed: %s", viewer.connection().id(), failure));
                        }
                    }
                }
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "Live update of the TVs of %s failed", productKey);
        } finally {
            requests.terminate();
            if (lane.done(last)) {
                tvRenderer.execute(() -> publishTv(productKey, lane));
            }
        }
    }

    /**
     * One view kind's message for a batch: the marker, then the fragment it gets pushed (the board grid, the TV
     * frame; the other views fetch their own). The whole fragment serves any number of changes; should it fail,
     * the view is told to resync rather than left behind silently.
     */
    private String message(String productKey, LiveFeed.Batch batch, String view) {
        if (batch.onlyStandup() && !followsTheStandup(view)) {
            return marker(batch.seq(), UNCHANGED);
        }
        long start = System.nanoTime();
        try {
            return marker(batch.seq(), batch.kinds()) + fragment(view, productKey, batch);
        } catch (RuntimeException e) {
            Log.warnf(e, "Live fragment of %s for %s views failed; they are told to resync", productKey, view);
            return marker(batch.seq(), RESYNC);
        } finally {
            metrics.rendered(view, System.nanoTime() - start);
        }
    }

    /**
     * The fragment a view gets pushed, rendered in a transaction of its own from the state after the batch's
     * changes were committed; views that are not {@link LiveView}s get none (they fetch their own).
     */
    private String fragment(String view, String productKey, LiveFeed.Batch batch) {
        LiveView renderer = rendered.stream().filter(v -> v.name().equals(view)).findFirst().orElse(null);
        if (renderer == null) {
            return "";
        }
        return QuarkusTransaction.requiringNew().call(() -> renderer.render(productKey, batch.tasks(LiveFeed.KEPT)));
    }

    private boolean followsTheStandup(String view) {
        return rendered.stream().anyMatch(v -> v.name().equals(view) && v.followsTheStandup());
    }

    /** A revoked display token stops working at once: the TVs using it are disconnected, and told why. */
    private void disconnect(String productKey, long display) {
        Set<Viewer> set = viewers.getOrDefault(productKey, Set.of());
        for (Viewer viewer : set) {
            if (viewer.display() != null && viewer.display() == display) {
                set.remove(viewer);
                close(viewer.connection());
            }
        }
    }

    static void close(WebSocketConnection connection) {
        connection.close(new CloseReason(LiveSocket.TOKEN_REFUSED, "The display token was revoked")).subscribe()
                .with(ok -> { }, e -> { });
    }

    /** The first element of every message: its number and what changed; swapped into the page's live marker. */
    static String marker(long seq, String what) {
        return "<div id=\"live-seq\" hx-swap-oob=\"true\" data-seq=\"" + seq + "\" data-change=\"" + what
                + "\" hidden></div>";
    }

    @PreDestroy
    void stop() {
        renderers.shutdownNow();
        tvRenderer.shutdownNow();
    }

    /** Daemon threads named for thread dumps. */
    private static final class RendererThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();
        private final String name;

        RendererThreads(String name) {
            this.name = name;
        }

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, name + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
