package org.onebacklog.live;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.onebacklog.board.BoardFragments;

/**
 * The open live connections of this instance, by product. For each change it renders the affected fragments once
 * (the same templates the pages use) and sends the same bytes to every connection on that product, numbered: a
 * client that sees a gap in the numbers, or reconnects, fetches its view again.
 */
@ApplicationScoped
public class LiveHub {

    /** A connection, the view it shows ("board", "backlog", "planning", "tv"…) and, for a TV, its display's id. */
    record Viewer(WebSocketConnection connection, String view, Long display) {
    }

    /** The marker's {@code data-change} that tells a page to fetch its view again. */
    static final String RESYNC = "resync";

    private final Map<String, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();

    @Inject
    BoardFragments board;

    @Inject
    org.onebacklog.tv.TvFragments tv;

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

    long sequence(String productKey) {
        return sequences.computeIfAbsent(productKey, k -> new AtomicLong()).get();
    }

    int connections(String productKey) {
        Set<Viewer> set = viewers.get(productKey);
        return set == null ? 0 : set.size();
    }

    @Incoming("changes-in")
    @Blocking
    @ActivateRequestContext
    public void deliver(Change change) {
        if (Change.DISPLAY_REVOKED.equals(change.what())) {
            disconnect(change.productKey(), Long.valueOf(change.detail()));
            return;
        }
        long seq = sequences.computeIfAbsent(change.productKey(), k -> new AtomicLong()).incrementAndGet();
        Set<Viewer> set = viewers.get(change.productKey());
        if (set == null || set.isEmpty()) {
            return;
        }
        // One rendering per view kind, whatever the number of connections: the board grid for boards, the TV
        // frame for TVs, the bare marker for the rest (they fetch their own view).
        Map<String, String> bytesByView = new java.util.HashMap<>();
        String marker = marker(seq, change.what());
        for (Viewer viewer : set) {
            if (!viewer.connection().isOpen()) {
                continue;
            }
            String bytes = bytesByView.computeIfAbsent(viewer.view(), view -> marker + fragment(view,
                    change.productKey()));
            viewer.connection().sendText(bytes).subscribe().with(ok -> { },
                    failure -> Log.debugf("Live message to %s failed: %s", viewer.connection().id(), failure));
        }
    }

    /**
     * The fragment a view gets pushed, rendered in a transaction of its own: the request that made the change may
     * still be using its session on another thread (its context travels along with the message).
     */
    private String fragment(String view, String productKey) {
        return switch (view) {
            case "board" -> QuarkusTransaction.requiringNew().call(() -> board.liveGrid(productKey));
            case "tv" -> QuarkusTransaction.requiringNew().call(() -> tv.liveFrame(productKey));
            default -> "";
        };
    }

    /**
     * Every connection of this instance fetches its view again: after the broker between instances was away,
     * changes made elsewhere may have been missed, and the numbers cannot tell.
     */
    void resyncAll() {
        viewers.forEach((productKey, set) -> {
            long seq = sequences.computeIfAbsent(productKey, k -> new AtomicLong()).incrementAndGet();
            String bytes = marker(seq, RESYNC);
            for (Viewer viewer : set) {
                if (viewer.connection().isOpen()) {
                    viewer.connection().sendText(bytes).subscribe().with(ok -> { }, e -> { });
                }
            }
        });
    }

    /** A revoked display token stops working at once: the TVs using it are disconnected, and told why. */
    private void disconnect(String productKey, long display) {
        Set<Viewer> set = viewers.getOrDefault(productKey, Set.of());
        for (Viewer viewer : set) {
            if (viewer.display() != null && viewer.display() == display) {
                set.remove(viewer);
                viewer.connection().close(new io.quarkus.websockets.next.CloseReason(LiveSocket.TOKEN_REFUSED,
                        "The display token was revoked")).subscribe().with(ok -> { }, e -> { });
            }
        }
    }

    /** The first element of every message: its number and what changed; swapped into the page's live marker. */
    static String marker(long seq, String what) {
        return "<div id=\"live-seq\" hx-swap-oob=\"true\" data-seq=\"" + seq + "\" data-change=\"" + what
                + "\" hidden></div>";
    }
}
