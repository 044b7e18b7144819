import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OneBacklog's write benchmark (not a test): how many writes a second a running app acknowledges.
 *
 *   java bench/WriteBench.java [baseUrl] [adminPassword] [threads] [itemsPerThread]
 *   java bench/WriteBench.java http://localhost:8080 admin-secret 4 250
 *
 * Makes a product, then every thread creates its items (kind and title) and then edits each once (title, with
 * the version it was answered), all in the one product, with an API token. Prints writes a second and the
 * p50/p99 time of a write, for creates and edits apart. Every write must answer 2xx.
 */
public class WriteBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String auth;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        String password = args.length > 1 ? args[1] : "admin-secret";
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int each = args.length > 3 ? Integer.parseInt(args[3]) : 250;
        auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        auth = "Bearer " + field(send("POST", "/api/v1/tokens", "{\"name\":\"bench " + System.nanoTime() + "\"}",
                201), "token");
        String product = "WB" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        send("POST", "/api/v1/products", "{\"key\":\"" + product + "\",\"name\":\"Write bench\"}", 201);

        List<List<String>> keys = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            keys.add(new ArrayList<>());
        }
        List<Long> createTimes = Collections.synchronizedList(new ArrayList<>());
        long createWall = phase(threads, t -> {
            for (int i = 0; i < each; i++) {
                long start = System.nanoTime();
                String body = send("POST", "/api/v1/products/" + product + "/items", "{\"kind\":\"STORY\","
                        + "\"title\":\"Bench " + t + "/" + i + "\"}", 201);
                createTimes.add(System.nanoTime() - start);
                keys.get(t).add(field(body, "key"));
            }
        });
        List<Long> editTimes = Collections.synchronizedList(new ArrayList<>());
        long editWall = phase(threads, t -> {
            for (String key : keys.get(t)) {
                long start = System.nanoTime();
                send("PATCH", "/api/v1/items/" + key, "{\"title\":\"Edited " + key + "\",\"version\":0}", 200);
                editTimes.add(System.nanoTime() - start);
            }
        });
        report("creates", createTimes, createWall, threads);
        report("edits", editTimes, editWall, threads);
    }

    interface Work {
        void run(int thread) throws Exception;
    }

    /** Runs the work on every thread at once; returns the wall time in nanoseconds. */
    static long phase(int threads, Work work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> running = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    work.run(thread);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            worker.start();
            running.add(worker);
        }
        long began = System.nanoTime();
        start.countDown();
        for (Thread worker : running) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.get(0));
        }
        return System.nanoTime() - began;
    }

    static void report(String what, List<Long> times, long wall, int threads) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("%s: %d by %d threads, %.0f writes/s, p50 %.1f ms, p99 %.1f ms%n", what, sorted.size(),
                threads, sorted.size() / (wall / 1e9), sorted.get(sorted.size() / 2) / 1e6,
                sorted.get((int) (sorted.size() * 0.99)) / 1e6);
    }

    static String send(String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException(name + " in " + json);
        }
        return matcher.group(1);
    }
}
