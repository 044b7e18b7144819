import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OneBacklog's live benchmark (not a test): run it against a running app on this machine.
 *
 *   java bench/LiveBench.java [baseUrl[,baseUrl…]] [adminPassword] [clients...]
 *   java bench/LiveBench.java http://localhost:8080 admin-secret 200 1000
 *   java bench/LiveBench.java http://localhost:18081,http://localhost:18082 admin-secret 1000
 *
 * With several base URLs (instances of one cluster build) the clients are spread over them round robin and
 * every move is made on the first: what the others' clients measure crosses RabbitMQ.
 *
 * 1. Board page: wall time on loopback on two concurrent connections, and bytes on the wire with and without
 *    Accept-Encoding, of a 300-card and a 2,000-card board.
 * 2. Live delivery on the 300-card board: N WebSocket clients subscribed as board pages plus 4 TVs; 50 task moves
 *    over the API; for every move and every client, the time from sending the move request to receiving its live
 *    message. Prints p50, p99, max, how many messages were missed and the bytes per board page per move.
 */
public class LiveBench {

    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static List<String> bases;
    static String basic;
    static String auth;

    public static void main(String[] args) throws Exception {
        bases = List.of((args.length > 0 ? args[0] : "http://localhost:8080").split(","));
        base = bases.get(0);
        String password = args.length > 1 ? args[1] : "admin-secret";
        List<Integer> clientCounts = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            clientCounts.add(Integer.parseInt(args[i]));
        }
        if (clientCounts.isEmpty()) {
            clientCounts = List.of(200, 1000);
        }
        basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        String token = json(call("POST", "/api/v1/tokens", "{\"name\":\"bench " + System.nanoTime() + "\"}"), "token");
        String bearer = "Bearer " + token;
        // From here on the API is called with the token: a password check (bcrypt) per call would dominate.
        auth = bearer;

        login(password);
        // -Dbench.product=KEY: live delivery only, on a board made by an earlier run;
        // -Dbench.pages=KEY:cards,KEY:cards: the board page only, on boards made by an earlier run.
        if (System.getProperty("bench.pages") != null) {
            for (String board : System.getProperty("bench.pages").split(",")) {
                pageTiming(board.split(":")[0], Integer.parseInt(board.split(":")[1]));
            }
            return;
        }
        String live = System.getProperty("bench.product");
        for (int cards : bases.size() > 1 || live != null ? List.<Integer>of() : List.of(300, 2000)) {
            String product = board(cards / 5, 5);
            pageTiming(product, cards);
            if (cards == 300) {
                live = product;
            }
        }
        String product = live != null ? live : board(60, 5);
        long sprint = Long.parseLong(json(call("GET", "/api/v1/products/" + product + "/sprints", null), "id"));
        String boardJson = call("GET", "/api/v1/sprints/" + sprint + "/board", null);
        long task = Long.parseLong(boardJson.replaceAll("(?s).*?\"tasks\":\\[\\{\"id\":(\\d+).*", "$1"));
        String display = json(call("POST", "/api/v1/products/" + product + "/displays", "{\"name\":\"Bench TV\"}"),
                "token");
        System.out.println("live board: " + product);
        for (int clients : clientCounts) {
            delivery(product, task, clients, bearer, display);
        }
    }

    /** A product with an active sprint of {@code items} items with {@code tasksEach} tasks each. */
    static String board(int items, int tasksEach) throws Exception {
        String key = "B" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        key = key.substring(0, Math.min(10, key.length()));
        call("POST", "/api/v1/products", "{\"key\":\"" + key + "\",\"name\":\"Bench " + key + "\"}");
        String sprint = json(call("POST", "/api/v1/products/" + key + "/sprints", "{\"name\":\"Bench\","
                + "\"start\":\"2026-12-01\",\"end\":\"2026-12-14\",\"capacity\":99999}"), "id");
        for (int i = 0; i < items; i++) {
            String item = json(call("POST", "/api/v1/products/" + key + "/items", "{\"kind\":\"STORY\",\"title\":"
                    + "\"Story " + i + " with a title of a realistic length for a board\",\"estimate\":3}"), "key");
            call("POST", "/api/v1/sprints/" + sprint + "/items", "{\"itemKey\":\"" + item + "\"}");
            for (int t = 0; t < tasksEach; t++) {
                call("POST", "/api/v1/items/" + item + "/tasks", "{\"title\":\"Task " + t + " of " + item
                        + "\",\"estimate\":1}");
            }
        }
        call("POST", "/api/v1/sprints/" + sprint + "/start", null);
        return key;
    }

    /**
     * The board page on two connections at once (two people loading it), {@value #WARM_UP} requests each to warm
     * the JIT up (a server that has run for a while has compiled the page's code; the first hundred requests after
     * a start are measured apart, cold), then {@value #MEASURED} each measured; then its size on the wire with
     * {@code Accept-Encoding: br, gzip} and without.
     */
    static final int WARM_UP = 300;
    static final int MEASURED = 100;
    static final int COLD = 50;

    static void pageTiming(String product, int cards) throws Exception {
        URI page = URI.create(base + "/products/" + product + "/board");
        for (String encoding : new String[] {null, "br, gzip"}) {
            Timings timings = timed(page, encoding);
            System.out.printf("board page, %d cards, 2 connections, %s: p50 %.1f ms, p99 %.1f ms"
                    + " (the first %d after seeding, cold: p50 %.1f ms)%n", cards,
                    encoding == null ? "uncompressed" : "Accept-Encoding: " + encoding, ms(pct(timings.warm(), 50)),
                    ms(pct(timings.warm(), 99)), 2 * COLD, ms(pct(timings.cold(), 50)));
        }
        long plain = wire(page, null);
        long brotli = wire(page, "br, gzip");
        long gzip = wire(page, "gzip");
        System.out.printf("board page, %d cards, on the wire: %.1f KB plain, %.1f KB with br, %.1f KB with gzip%n",
                cards, plain / 1024.0, brotli / 1024.0, gzip / 1024.0);
    }

    /** Sorted wall times: the first requests of each connection, and those after the warm-up. */
    record Timings(List<Long> cold, List<Long> warm) {
    }

    static Timings timed(URI page, String encoding) throws Exception {
        List<Long> cold = Collections.synchronizedList(new ArrayList<>());
        List<Long> warm = Collections.synchronizedList(new ArrayList<>());
        Thread[] connections = new Thread[2];
        Exception[] failure = new Exception[1];
        for (int c = 0; c < connections.length; c++) {
            connections[c] = new Thread(() -> {
                try {
                    for (int i = 0; i < WARM_UP + MEASURED; i++) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(page).header("Accept", "text/html");
                        if (encoding != null) {
                            request.header("Accept-Encoding", encoding);
                        }
                        long start = System.nanoTime();
                        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                        long elapsed = System.nanoTime() - start;
                        if (answer.statusCode() != 200) {
                            throw new IllegalStateException("board page answered " + answer.statusCode());
                        }
                        if (i < COLD) {
                            cold.add(elapsed);
                        } else if (i >= WARM_UP) {
                            warm.add(elapsed);
                        }
                    }
                } catch (Exception e) {
                    failure[0] = e;
                }
            });
            connections[c].start();
        }
        for (Thread connection : connections) {
            connection.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        List<Long> coldSorted = new ArrayList<>(cold);
        Collections.sort(coldSorted);
        List<Long> warmSorted = new ArrayList<>(warm);
        Collections.sort(warmSorted);
        return new Timings(coldSorted, warmSorted);
    }

    /** The bytes of the page's body as sent (the client does not decompress). */
    static long wire(URI page, String encoding) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(page).header("Accept", "text/html");
        if (encoding != null) {
            request.header("Accept-Encoding", encoding);
        }
        HttpResponse<byte[]> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String used = answer.headers().firstValue("Content-Encoding").orElse("identity");
        if (encoding != null && used.equals("identity")) {
            System.out.println("  (no compression for Accept-Encoding: " + encoding + ")");
        }
        return answer.body().length;
    }

    /**
     * {@code clients} sockets subscribed as board pages ({@code view=board}) and four as TVs ({@code view=tv}, with
     * a display token); 50 moves over the API, 50 ms apart. For every move and socket: the time from sending the
     * move to receiving its message, and the bytes a board socket received per move.
     */
    static void delivery(String product, long task, int clients, String bearer, String display) throws Exception {
        // Each move gives every client exactly one message, in order: a client's k-th change is the k-th move.
        // (Sequence numbers cannot say it: each instance numbers its own messages.)
        ConcurrentHashMap<Integer, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Long> tvLatencies = Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicLong boardBytes = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong boardMessages = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong deflatedBytes = new java.util.concurrent.atomic.AtomicLong();
        Map<String, double[]> timersBefore = timers();
        int tvs = Integer.getInteger("bench.tvs", 4); // -Dbench.tvs=0: board pages only
        CountDownLatch open = new CountDownLatch(clients + tvs);
        List<WebSocket> sockets = new ArrayList<>();
        List<java.util.concurrent.atomic.AtomicInteger> received = new ArrayList<>();
        for (int i = 0; i < clients + tvs; i++) {
            boolean tv = i >= clients;
            boolean first = i == 0;
            java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
            received.add(count);
            WebSocket.Listener listener = new WebSocket.Listener() {
                final StringBuilder text = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                    text.append(data);
                    if (last) {
                        long now = System.nanoTime();
                        if (text.indexOf("data-change=\"hello\"") < 0) {
                            Long sent = sentAt.get(count.get() + 1);
                            if (sent != null) {
                                (tv ? tvLatencies : latencies).add(now - sent);
                                count.incrementAndGet();
                                if (!tv) {
                                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                                    boardBytes.addAndGet(bytes.length);
                                    boardMessages.incrementAndGet();
                                    if (first) {
                                        deflatedBytes.addAndGet(deflated(bytes));
                                    }
                                }
                            }
                        } else {
                            open.countDown();
                        }
                        text.setLength(0);
                    }
                    socket.request(1);
                    return null;
                }
            };
            String instance = bases.get(i % bases.size());
            String path = "/live/" + product + (tv ? "?view=tv&token=" + java.net.URLEncoder.encode(display,
                    StandardCharsets.UTF_8) : "?view=board");
            WebSocket.Builder builder = http.newWebSocketBuilder();
            if (!tv) {
                builder.header("Authorization", bearer);
            }
            sockets.add(builder.buildAsync(URI.create(instance.replace("http", "ws") + path), listener).join());
        }
        if (!open.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not every client got its hello");
        }
        String[] columns = {"IN_PROGRESS", "TODO"};
        int moves = 50;
        for (int i = 0; i < moves; i++) {
            long version = Long.parseLong(json(call("GET", "/api/v1/tasks/" + task, null), "version"));
            sentAt.put(i + 1, System.nanoTime());
            call("POST", "/api/v1/tasks/" + task + "/move", "{\"column\":\"" + columns[i % 2] + "\",\"version\":"
                    + version + "}");
            Thread.sleep(50);
        }
        Thread.sleep(3000);
        int missed = 0;
        for (var count : received) {
            missed += moves - count.get();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        List<Long> tvSorted = new ArrayList<>(tvLatencies);
        Collections.sort(tvSorted);
        System.out.printf("live delivery, %d board pages + %d TVs on %d instance(s), %d moves: boards p50 %.1f ms,"
                + " p99 %.1f ms, max %.1f ms; TVs p50 %.1f ms, max %.1f ms; missed %d of %d; %.0f bytes per board"
                + " page per move%n", clients, tvs, bases.size(), moves, ms(pct(sorted, 50)), ms(pct(sorted, 99)),
                ms(sorted.get(sorted.size() - 1)), tvSorted.isEmpty() ? 0 : ms(pct(tvSorted, 50)), tvSorted.isEmpty() ? 0 : ms(tvSorted.get(tvSorted.size() - 1)),
                missed, (clients + tvs) * moves, boardBytes.get() / (double) Math.max(1, boardMessages.get()));
        System.out.printf("  a board message compressed as a browser's socket gets it (permessage-deflate, no"
                + " context kept): %.0f bytes per move%n", deflatedBytes.get() / (double) moves);
        Map<String, double[]> timersAfter = timers();
        timersAfter.forEach((view, after) -> {
            double[] before = timersBefore.getOrDefault(view, new double[3]);
            double count = after[0] - before[0];
            if (count > 0) {
                System.out.printf("  live %s: %.0f, mean %.1f ms (server side; largest of the last two minutes"
                        + " %.1f ms)%n", view, count, (after[1] - before[1]) / count * 1000, after[2] * 1000);
            }
        });
        for (WebSocket socket : sockets) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    /** A message's size after raw DEFLATE, as permessage-deflate without context takeover sends it. */
    static int deflated(byte[] message) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(message);
        deflater.finish();
        byte[] out = new byte[message.length + 64];
        int size = 0;
        while (!deflater.finished()) {
            size += deflater.deflate(out);
        }
        deflater.end();
        return size;
    }

    /**
     * The app's live timers (count, seconds in all, max), from {@code /q/metrics}: the render per view and the
     * fan-out to the board pages, so a slow delivery says whether the server rendered, wrote, or the client waited.
     */
    static Map<String, double[]> timers() throws Exception {
        Map<String, double[]> out = new java.util.TreeMap<>();
        String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("onebacklog_live_(render|fanout)_seconds_"
                + "(count|sum|max)(?:\\{view=\"([^\"]+)\"\\})? ([0-9.Ee+-]+)").matcher(metrics);
        while (m.find()) {
            String name = "render".equals(m.group(1)) ? "renders for " + m.group(3) + " views (once for all of them)"
                    : "writes of one message to every board page (the fan-out)";
            double[] values = out.computeIfAbsent(name, k -> new double[3]);
            values["count".equals(m.group(2)) ? 0 : "sum".equals(m.group(2)) ? 1 : 2] = Double.parseDouble(m.group(4));
        }
        return out;
    }

    static void login(String password) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=" + password)).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    static String call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth != null ? auth : basic)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static String json(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"?([^\",}]+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + field + " in " + body);
        }
        return m.group(1);
    }

    static long pct(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
