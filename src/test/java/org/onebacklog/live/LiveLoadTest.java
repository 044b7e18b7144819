package org.onebacklog.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.onebacklog.support.Api.asAdmin;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.onebacklog.board.BoardFragments;
import org.onebacklog.support.Api;
import org.onebacklog.support.BoardMirror;
import org.onebacklog.tv.TvFragments;
import org.jboss.logging.Logger;

/**
 * Many people change one product much faster than its views can be rendered, while many pages and TVs listen:
 * every page must end on the database's state without having missed a change unawares, and a display revoked
 * in the middle of it must be switched off within a second.
 */
@QuarkusTest
class LiveLoadTest {

    private static final Logger LOG = Logger.getLogger(LiveLoadTest.class);

    private static final Pattern SEQ = Pattern.compile("data-seq=\"(\\d+)\"");
    private static final Pattern MARKER = Pattern.compile("^<div id=\"live-seq\"[^>]*></div>");
    private static final String[] COLUMNS = {"IN_PROGRESS", "REVIEW", "TODO"};
    private static final int MOVERS = 8;
    private static final int MOVES_EACH = 32;
    private static final int EDITORS = 2;
    private static final int EDITS_EACH = 30;

    @TestHTTPResource("/")
    URI base;

    @Inject
    LiveHub hub;

    @Inject
    BoardFragments boardFragments;

    @Inject
    TvFragments tvFragments;

    /**
     * A page's socket, reading messages the way {@code live.js} does: after the hello, each message must follow
     * the last number or the page fetches its view again (a gap); a board or TV shows the fragment it was pushed.
     */
    static final class Page {
        final String view;
        final WebSocketClientConnection connection;
        final CompletableFuture<Long> hello = new CompletableFuture<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        volatile long closedAt;
        volatile long lastSeq = -1;
        volatile String lastMessage;
        /** A board page's cards: seeded with the board once every page said hello, then live messages applied. */
        BoardMirror board;
        final AtomicInteger messages = new AtomicInteger();
        final AtomicInteger gaps = new AtomicInteger();
        final List<String> gapsSeen = new java.util.concurrent.CopyOnWriteArrayList<>();

        Page(String view, BasicWebSocketConnector connector) {
            this.view = view;
            // On the event loop, in order: blocking callbacks of one connection may run concurrently.
            this.connection = connector.executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                    .onTextMessage((c, m) -> receive(m)).onClose((c, reason) -> {
                closedAt = System.nanoTime();
                closed.complete(reason.getCode());
            }).connectAndAwait();
        }

        private synchronized void receive(String message) {
            Matcher matcher = SEQ.matcher(message);
            long seq = matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
            if (!hello.isDone()) {
                lastSeq = seq;
                hello.complete(seq);
                return;
            }
            if (seq != lastSeq + 1 || message.contains("data-change=\"resync\"")) {
                gaps.incrementAndGet();
                gapsSeen.add(lastSeq + "->" + seq);
            }
            lastSeq = seq;
            lastMessage = message;
            if (board != null) {
                board.apply(MARKER.matcher(message).replaceFirst(""));
            }
            messages.incrementAndGet();
        }

        /** The board the page shows before any change of the test (a real page loads it). */
        synchronized void load(String grid) {
            board = BoardMirror.of(grid);
        }

        /** What the page shows from its last message: the pushed fragment without the marker. */
        String shown() {
            return MARKER.matcher(lastMessage).replaceFirst("");
        }
    }

    @Test
    void everyPageEndsOnTheDatabasesStateAndARevokedTvIsOffWithinASecond() throws Exception {
        String shop = Api.product("LL");
        long sprint = Api.sprint(shop, 200);
        List<Long> tasks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String item = Api.estimated(shop, "STORY", 3);
            asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then()
                    .statusCode(200);
            for (int t = 0; t < 4; t++) {
                tasks.add(((Number) asAdmin().body(Map.of("title", "Task " + t + " of " + item, "estimate", 1))
                        .post("/api/v1/items/" + item + "/tasks").then().statusCode(201).extract().path("id"))
                        .longValue());
            }
        }
        // Items without tasks for the editors: a move changes its item's status (and version) too.
        List<String> editedItems = new ArrayList<>();
        for (int e = 0; e < EDITORS; e++) {
            String item = Api.estimated(shop, "STORY", 1);
            editedItems.add(item);
            asAdmin().body(Map.of("itemKey", item)).post("/api/v1/sprints/" + sprint + "/items").then()
                    .statusCode(200);
        }
        asAdmin().post("/api/v1/sprints/" + sprint + "/start").then().statusCode(200);
        // A token, not a password: every call would otherwise pay for a bcrypt check.
        String bearer = "Bearer " + asAdmin().body(Map.of("name", "load")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("token");
        String kept = display(shop, "Hall TV");
        String revoked = display(shop, "Lobby TV");

        List<Page> boards = new ArrayList<>();
        List<Page> backlogs = new ArrayList<>();
        List<Page> keptTvs = new ArrayList<>();
        List<Page> revokedTvs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boards.add(member(shop, "board", bearer));
        }
        for (int i = 0; i < 30; i++) {
            backlogs.add(member(shop, "backlog", bearer));
        }
        for (int i = 0; i < 6; i++) {
            keptTvs.add(tv(shop, kept));
        }
        for (int i = 0; i < 4; i++) {
            revokedTvs.add(tv(shop, revoked));
        }
        List<Page> all = new ArrayList<>();
        for (List<Page> pages : List.of(boards, backlogs, keptTvs, revokedTvs)) {
            all.addAll(pages);
        }
        for (Page page : all) {
            assertNotNull(page.hello.get(10, TimeUnit.SECONDS), page.view + " got its hello");
        }
        String loaded = fresh(() -> boardFragments.liveGrid(shop));
        boards.forEach(page -> page.load(loaded));

        ExecutorService people = Executors.newFixedThreadPool(MOVERS + EDITORS + 1);
        CountDownLatch underLoad = new CountDownLatch(MOVERS * MOVES_EACH / 3);
        List<Future<?>> work = new ArrayList<>();
        long started = System.nanoTime();
        for (int m = 0; m < MOVERS; m++) {
            List<Long> mine = tasks.subList(m * 3, m * 3 + 3);
            work.add(people.submit(() -> {
                long[] versions = new long[mine.size()];
                for (int i = 0; i < mine.size(); i++) {
                    versions[i] = ((Number) api(bearer).get("/api/v1/tasks/" + mine.get(i)).path("version"))
                            .longValue();
                }
                for (int i = 0; i < MOVES_EACH; i++) {
                    int which = i % mine.size();
                    String column = COLUMNS[(i / mine.size()) % COLUMNS.length];
                    versions[which] = retried("move of " + mine.get(which), versions[which], version -> api(bearer)
                            .body(Map.of("column", column, "version", version))
                            .post("/api/v1/tasks/" + mine.get(which) + "/move"),
                            () -> api(bearer).get("/api/v1/tasks/" + mine.get(which)));
                    underLoad.countDown();
                }
                return null;
            }));
        }
        for (int e = 0; e < EDITORS; e++) {
            String item = editedItems.get(e);
            work.add(people.submit(() -> {
                long version = ((Number) api(bearer).get("/api/v1/items/" + item).path("version")).longValue();
                for (int i = 0; i < EDITS_EACH; i++) {
                    String title = "Edit " + i + " of " + item;
                    version = retried("edit of " + item, version, v -> api(bearer)
                            .body(Map.of("title", title, "version", v)).patch("/api/v1/items/" + item),
                            () -> api(bearer).get("/api/v1/items/" + item));
                }
                return null;
            }));
        }
        Future<Long> revokeAnswered = people.submit(() -> {
            underLoad.await();
            api(bearer).delete("/api/v1/displays/" + URLEncoder.encode(revoked, StandardCharsets.UTF_8)).then()
                    .statusCode(204);
            return System.nanoTime();
        });
        for (Future<?> done : work) {
            done.get(180, TimeUnit.SECONDS);
        }
        long answered = revokeAnswered.get(60, TimeUnit.SECONDS);
        long written = System.nanoTime();
        people.shutdown();

        for (Page tv : revokedTvs) {
            assertEquals(4401, tv.closed.get(5, TimeUnit.SECONDS), "the revoked display's TV was switched off");
            long millis = TimeUnit.NANOSECONDS.toMillis(tv.closedAt - answered);
            assertTrue(millis < 1000, "switched off " + millis + " ms after the revocation answered, under load");
        }

        // Quiet again: every page has the last number the product got.
        List<Page> open = new ArrayList<>(all);
        open.removeAll(revokedTvs);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !open.stream().allMatch(p -> p.lastSeq == hub.sequence(shop))) {
            Thread.sleep(100);
        }
        long last = hub.sequence(shop);
        LOG.infof("Live load: writes took %d ms; pages caught up %d ms after the last write",
                TimeUnit.NANOSECONDS.toMillis(written - started),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - written));
        String grid = fresh(() -> boardFragments.liveGrid(shop));
        String frame = fresh(() -> tvFragments.liveFrame(shop));
        for (Page page : open) {
            assertTrue(page.connection.isOpen(), page.view + " stays connected");
            assertEquals(0, page.gaps.get(), page.view + ": no message went missing " + page.gapsSeen);
            assertEquals(last, page.lastSeq, page.view + " got the product's last number");
            switch (page.view) {
                case "board" -> {
                    assertFalse(page.board.diverged(), "every card message found its places on the page");
                    assertEquals(BoardMirror.of(grid).toString(), page.board.toString(),
                            "a board ends showing the database's board");
                }
                case "tv" -> assertEquals(frame, page.shown(), "a TV ends showing the database's frame");
                default -> assertEquals("", page.shown(), "a backlog gets the bare marker and fetches its lists");
            }
        }
        assertTrue(grid.contains("data-task-id=\"" + tasks.get(0) + "\""), "the fresh board has the cards");
        // The pages of this test refetch only on a gap; what they were sent covers all changes in fewer renders.
        LOG.infof("Live load: %d changes, %d messages to each page, %d pages",
                MOVERS * MOVES_EACH + EDITORS * EDITS_EACH, boards.get(0).messages.get(), all.size());
        for (Page page : open) {
            page.connection.closeAndAwait();
        }
    }

    /**
     * A write as a person makes it: a 409 (a card moved beside it changed its version) is tried again on the
     * fresh version. Returns the version after the write.
     */
    private static long retried(String what, long version, java.util.function.LongFunction<Response> write,
            Supplier<Response> read) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Response response = write.apply(version);
            if (response.statusCode() == 200) {
                return ((Number) response.path("version")).longValue();
            }
            assertEquals(409, response.statusCode(), what + ": " + response.asString());
            Number current = response.path("current.version");
            // A collision of two flushes answers 409 without the fresh state: read it.
            version = (current != null ? current : (Number) read.get().path("version")).longValue();
        }
        throw new AssertionError(what + " kept colliding");
    }

    private Page member(String shop, String view, String bearer) {
        return new Page(view, BasicWebSocketConnector.create().baseUri(base)
                .path("/live/" + shop + "?view=" + view).addHeader("Authorization", bearer));
    }

    private Page tv(String shop, String token) {
        return new Page("tv", BasicWebSocketConnector.create().baseUri(base)
                .path("/live/" + shop + "?view=tv&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    private static String display(String shop, String name) {
        return asAdmin().body(Map.of("name", name)).post("/api/v1/products/" + shop + "/displays").then()
                .statusCode(201).extract().path("token");
    }

    private static io.restassured.specification.RequestSpecification api(String bearer) {
        return RestAssured.given().header("Authorization", bearer).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** A fragment rendered now, as the hub would render it for the next change. */
    private static String fresh(Supplier<String> render) {
        ManagedContext requests = Arc.container().requestContext();
        boolean activated = !requests.isActive();
        if (activated) {
            requests.activate();
        }
        try {
            return QuarkusTransaction.requiringNew().call(render::get);
        } finally {
            if (activated) {
                requests.terminate();
            }
        }
    }
}
