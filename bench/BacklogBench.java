import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * OneBacklog's backlog benchmark (not a test): run it against a running app on this machine.
 *
 *   java bench/BacklogBench.java [baseUrl] [adminPassword] [items] [product key of an earlier run]
 *   java bench/BacklogBench.java http://localhost:8094 admin-secret 10000
 *
 * 1. Seeds a product with N ranked items (default 10,000) through the API, with an API token.
 * 2. First screen: GET /products/{key}/backlog as a logged-in browser, 60 requests, the first 10 discarded as
 *    warm-up: p50, p99 and the bytes on the wire, without and with "Accept-Encoding: gzip".
 * 3. A live refetch of the lists (the first screen's rows), and the next page of rows (what a sentinel row loads)
 *    from the middle of the backlog.
 * 4. Rank moves as the page makes them (htmx POST with the CSRF token, a loaded window of 50 rows): a drag within
 *    the first screen, "to the top" from the middle and "to the bottom"; and a rank move over the JSON API.
 * Each figure: 60 runs, the first 10 discarded; the bytes are those of the last answer as they came over the wire.
 */
public class BacklogBench {

    static final Pattern ROW = Pattern.compile("data-item-key=\"([A-Z0-9]+-\\d+)\"");
    static final Pattern SENTINEL = Pattern.compile("<li class=\"more\" hx-get=\"([^\"]+)\"");

    static HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();
    static String base;
    static String auth;
    static String csrf;
    /** The Content-Encoding and wire size of the last answer. */
    static String lastEncoding = "";
    static int lastBytes;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://localhost:8080";
        String password = args.length > 1 ? args[1] : "admin-secret";
        int items = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        // From here on the API is called with a token: a password check (bcrypt) per call would dominate.
        auth = "Bearer " + json(call("POST", "/api/v1/tokens", "{\"name\":\"backlog bench " + System.nanoTime()
                + "\"}"), "token");

        String key;
        if (args.length > 3) {
            key = args[3]; // a product seeded by an earlier run: measure again without seeding
        } else {
            key = "K" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
            key = key.substring(0, Math.min(10, key.length()));
            call("POST", "/api/v1/products", "{\"key\":\"" + key + "\",\"name\":\"Backlog bench " + key + "\"}");
            long seeding = System.nanoTime();
            seed(key, items);
            System.out.printf("seeded %,d items in %.1f s into %s%n", items, (System.nanoTime() - seeding) / 1e9, key);
        }

        login(password);
        String page = "/products/" + key + "/backlog";
        String html = new String(get(page, false, false), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"X-CSRF-Token\": \"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the backlog page");
        }
        csrf = m.group(1);
        System.out.printf("first screen holds %d rows%n", rows(html).size());

        timed("first screen, identity", () -> get(page, false, false));
        timed("first screen, gzip accepted", () -> get(page, true, false));
        timed("live refetch of the lists, 30 rows, gzip accepted", () -> get(page, true, true));

        // A sentinel in the middle: walk the sentinels to about the middle once, then time that page.
        String next = sentinel(html);
        for (int i = 0; i < items / 100 && next != null; i++) {
            next = sentinel(new String(get(next, false, false), StandardCharsets.UTF_8));
        }
        String middle = next;
        if (middle != null) {
            timed("next 50 rows from the middle (" + middle.replaceAll(".*after=", "after=") + "), identity",
                    () -> get(middle, false, false));
            timed("next 50 rows from the middle, gzip accepted", () -> get(middle, true, false));
        }

        List<String> top = rows(html);
        String backlogPath = "/products/" + key + "/backlog/";
        // A drag within the first page: the 10th row before the 5th, again and again (rows shift, keys differ).
        timed("drag (rank before a neighbour), answer 50 rows", () -> {
            List<String> now = rows(post(backlogPath + "rank", "item", top.get(9), "before", top.get(4)));
            top.clear();
            top.addAll(now);
            return null;
        });
        List<String> all = apiKeys(key);
        int[] cursor = {all.size() / 2};
        timed("to the top from the middle, answer 50 rows", () -> {
            post(backlogPath + "move", "item", all.get(cursor[0]++), "move", "TOP");
            return null;
        });
        timed("to the bottom from the first page, answer 50 rows", () -> {
            List<String> now = rows(post(backlogPath + "move", "item", top.get(1), "move", "BOTTOM"));
            top.clear();
            top.addAll(now);
            return null;
        });
        timed("API POST /items/{key}/rank (after a neighbour)", () -> {
            call("POST", "/api/v1/items/" + all.get(cursor[0]++) + "/rank", "{\"after\":\"" + all.get(100) + "\"}");
            return null;
        });
    }

    /** One item after the other: adding items to one product at the same moment can collide (409). */
    static void seed(String key, int items) throws Exception {
        for (int n = 0; n < items; n++) {
            call("POST", "/api/v1/products/" + key + "/items", "{\"kind\":\"" + (n % 5 == 0 ? "BUG" : "STORY")
                    + "\",\"title\":\"Story " + n + " with a title of a realistic length for a backlog\",\"estimate\":3,"
                    + "\"labels\":[\"" + (n % 3 == 0 ? "checkout" : "catalogue") + "\"]}");
        }
    }

    /** Runs the request 60 times, the first 10 as warm-up; prints p50, p99 and the size of the last answer. */
    static void timed(String what, Callable body) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            long start = System.nanoTime();
            body.call();
            long elapsed = System.nanoTime() - start;
            if (i >= 10) {
                times.add(elapsed);
            }
        }
        Collections.sort(times);
        System.out.printf("%s: p50 %.1f ms, p99 %.1f ms, %,d bytes on the wire (%s)%n", what, ms(pct(times, 50)),
                ms(pct(times, 99)), lastBytes, lastEncoding.isEmpty() ? "identity" : lastEncoding);
    }

    interface Callable {
        byte[] call() throws Exception;
    }

    /** A page as a browser gets it; the bytes as they came over the wire. */
    static byte[] get(String path, boolean gzip, boolean lists) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html");
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        if (lists) {
            request.header("HX-Request", "true").header("HX-Target", "backlog-lists");
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
        }
        return unzipped(response);
    }

    /** The answer's text; notes how it came over the wire. */
    static byte[] unzipped(HttpResponse<byte[]> response) throws Exception {
        lastEncoding = response.headers().firstValue("Content-Encoding").orElse("");
        lastBytes = response.body().length;
        if (!"gzip".equals(lastEncoding)) {
            return response.body();
        }
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))) {
            return in.readAllBytes();
        }
    }

    /** An htmx form post from the backlog page (gzip accepted), with the loaded window of 50 rows; the answer. */
    static String post(String path, String... fields) throws Exception {
        StringBuilder form = new StringBuilder("shown=50");
        for (int i = 0; i < fields.length; i += 2) {
            form.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1],
                    StandardCharsets.UTF_8));
        }
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
                .header("Accept-Encoding", "gzip").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String text = new String(unzipped(response), StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": " + text);
        }
        return text;
    }

    static List<String> apiKeys(String product) throws Exception {
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("\"key\":\"([^\"]+)\"").matcher(call("GET", "/api/v1/products/" + product
                + "/backlog", null));
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    static List<String> rows(String html) {
        List<String> keys = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    static String sentinel(String html) {
        Matcher m = SENTINEL.matcher(html);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    static void login(String password) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    static String call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").header("Accept", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        lastEncoding = "";
        lastBytes = response.body().length();
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
        return nanos / 1e6;
    }
}
