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
 * 1. Board page: server time (client-side wall time on loopback) and size of a 300-card and a 2,000-card board.
 * 2. Live delivery: N WebSocket clients on one product; 50 task moves over the API; for every move and every
 *    client, the time from sending the move request to receiving its live message. Prints p50, p99, max and
 *    how many messages were missed.
 */
public class LiveBench {

    static HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
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
        for (int cards : bases.size() > 1 ? List.<Integer>of() : List.of(300, 2000)) {
            String product = board(cards / 5, 5);
            pageTiming(product, cards);
        }
        String product = board(4, 2);
        long sprint = Long.parseLong(json(call("GET", "/api/v1/products/" + product + "/sprints", null), "id"));
        String boardJson = call("GET", "/api/v1/sprints/" + sprint + "/board", null);
        long task = Long.parseLong(boardJson.replaceAll("(?s).*?\"tasks\":\\[\\{\"id\":(\\d+).*", "$1"));
        for (int clients : clientCounts) {
            delivery(product, task, clients, bearer);
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

    static void pageTiming(String product, int cards) throws Exception {
        List<Long> times = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(base + "/products/" + product
                    + "/board")).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofByteArray());
            long elapsed = System.nanoTime() - start;
            if (page.statusCode() != 200) {
                throw new IllegalStateException("board page answered " + page.statusCode());
            }
            size = page.body().length;
            if (i >= 10) { // the first ten warm the JIT up
                times.add(elapsed);
            }
        }
        Collections.sort(times);
        System.out.printf("board page, %d cards: p50 %.1f ms, p99 %.1f ms, %d KB%n", cards, ms(pct(times, 50)),
                ms(pct(times, 99)), size / 1024);
    }

    static void delivery(String product, long task, int clients, String bearer) throws Exception {
        // Each move gives every client exactly one message, in order: a client's k-th change is the k-th move.
        // (Sequence numbers cannot say it: each instance numbers its own messages.)
        ConcurrentHashMap<Integer, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch open = new CountDownLatch(clients);
        List<WebSocket> sockets = new ArrayList<>();
        List<java.util.concurrent.atomic.AtomicInteger> received = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
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
                                latencies.add(now - sent);
                                count.incrementAndGet();
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
            sockets.add(http.newWebSocketBuilder().header("Authorization", bearer)
                    .buildAsync(URI.create(instance.replace("http", "ws") + "/live/" + product + "?view=backlog"),
                            listener).join());
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
        System.out.printf("live delivery, %d clients on %d instance(s), %d moves: p50 %.1f ms, p99 %.1f ms, max %.1f ms, missed %d of %d%n",
                clients, bases.size(), moves, ms(pct(sorted, 50)), ms(pct(sorted, 99)), ms(sorted.get(sorted.size() - 1)), missed,
                clients * moves);
        for (WebSocket socket : sockets) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
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
