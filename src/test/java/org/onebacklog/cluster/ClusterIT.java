package org.onebacklog.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onebacklog.support.BoardMirror;

/**
 * Two OneBacklog instances as separate processes (the jar built with {@code -Dquarkus.profile=pg,cluster}) on the
 * machine's PostgreSQL and RabbitMQ, with Debian's nginx in front as the load balancer. Live sockets on both
 * instances, and through nginx, must see every change made on either, in order; a RabbitMQ outage must leave each
 * instance serving and its own sockets live, and end with every socket told to resync; a PostgreSQL outage must
 * give 503 problems and heal without restarting the app. Run by {@code ./mvnw verify -Pcluster}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String DATABASE = "onebacklog_cluster";
    static final String ADMIN = "admin:cluster-admin-secret";
    static final Pattern SEQ = Pattern.compile("data-seq=\"(\\d+)\"");
    static final Path WORK = Path.of(System.getProperty("onebacklog.cluster.work", "target/cluster-it"));

    static Instance a;
    static Instance b;
    static Process nginx;
    static int balancer;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** One app process and where it listens. */
    record Instance(String name, Process process, int port) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    @BeforeAll
    static void startCluster() throws Exception {
        Files.createDirectories(WORK);
        try (Connection db = DriverManager.getConnection(pgUrl("test"), "postgres", "");
                Statement sql = db.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE);
        }
        // Both start at once on the empty database: Flyway and the admin bootstrap must cope.
        a = start("a", freePort());
        b = start("b", freePort());
        awaitReady(a);
        awaitReady(b);
        balancer = freePort();
        nginx = startNginx(balancer, a.port(), b.port());
    }

    @AfterAll
    static void stopCluster() {
        for (Process p : new Process[] {nginx, a == null ? null : a.process(), b == null ? null : b.process()}) {
            if (p != null) {
                p.destroy();
            }
        }
        ensureRabbitMq();
        ensurePostgres();
    }

    static Instance start(String name, int port) throws IOException {
        String jar = System.getProperty("onebacklog.cluster.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx384m", "-jar", jar)
                .redirectErrorStream(true).redirectOutput(WORK.resolve(name + ".log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", pgUrl(DATABASE));
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        builder.environment().put("ONEBACKLOG_SECRET", "cluster-it-secret-shared-by-both-instances-0123456789");
        builder.environment().put("ONEBACKLOG_ADMIN_PASSWORD", ADMIN.substring(ADMIN.indexOf(':') + 1));
        builder.environment().put("ONEBACKLOG_DATA_DIR", WORK.resolve("data-" + name).toString());
        return new Instance(name, builder.start(), port);
    }

    static Process startNginx(int listen, int portA, int portB) throws Exception {
        Path prefix = WORK.resolve("nginx").toAbsolutePath();
        Files.createDirectories(prefix.resolve("logs"));
        String conf = Files.readString(Path.of("docker/nginx-test.conf.template"))
                .replace("@LISTEN_PORT@", Integer.toString(listen)).replace("@PORT_A@", Integer.toString(portA))
                .replace("@PORT_B@", Integer.toString(portB));
        Files.writeString(prefix.resolve("nginx.conf"), conf);
        Process process = new ProcessBuilder(System.getProperty("onebacklog.nginx", "/usr/sbin/nginx"), "-p",
                prefix + "/", "-c", prefix.resolve("nginx.conf").toString(), "-e",
                prefix.resolve("logs/error.log").toString(), "-g", "daemon off; pid " + prefix.resolve("nginx.pid")
                + ";").redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        for (int i = 0; i < 50; i++) {
            try {
                if (get("http://127.0.0.1:" + listen + "/q/health/ready").statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // nginx is still starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("nginx did not come up; see " + prefix.resolve("logs"));
    }

    @Test
    @Order(1)
    void everySocketOnEitherInstanceSeesEveryChangeInOrder() throws Exception {
        Board board = Board.create(a, "CLA");
        List<Socket> sockets = List.of(Socket.open(a, board.key()), Socket.open(a, board.key()),
                Socket.open(b, board.key()), Socket.open(b, board.key()), Socket.open(balancerUrl(), board.key()));
        for (Socket socket : sockets) {
            socket.settle();
        }
        // Each socket replays its messages onto the board its page showed, as live.js does with htmx.
        String before = getPage(a.url("/products/" + board.key() + "/board"));
        int moves = 20;
        String[] columns = {"IN_PROGRESS", "REVIEW", "DONE", "TODO"};
        for (int i = 0; i < moves; i++) {
            Instance on = i % 2 == 0 ? a : b;
            long task = board.tasks().get(i % board.tasks().size());
            board.move(on, task, columns[(i / board.tasks().size()) % columns.length]);
        }
        List<String> shown = new ArrayList<>();
        for (Socket socket : sockets) {
            // Moves that arrive while the last one renders share the next message: fewer messages, no gap.
            List<String> changes = socket.untilQuiet();
            assertTrue(!changes.isEmpty() && changes.size() <= moves, socket + " heard the moves: " + changes.size());
            long first = seq(changes.get(0));
            for (int i = 0; i < changes.size(); i++) {
                assertEquals(first + i, seq(changes.get(i)), socket + ": numbered in order, no gap");
            }
            assertEquals(socket.hello() + 1, first, socket + ": the first change follows its hello");
            BoardMirror page = BoardMirror.of(before);
            for (String change : changes) {
                page.apply(change.replaceFirst("<div id=\"live-seq\"[^>]*></div>", ""));
            }
            assertTrue(!page.diverged(), socket + ": every card message found its place on the page");
            shown.add(page.toString());
            socket.close();
        }
        String fresh = BoardMirror.of(getPage(b.url("/products/" + board.key() + "/board"))).toString();
        for (String page : shown) {
            assertEquals(fresh, page, "every socket ends on the board a reload shows");
        }
        for (int i = 0; i < 4; i++) {
            assertEquals(200, get(balancerUrl() + "/api/v1/products/" + board.key(), ADMIN).statusCode());
        }
        String access = Files.readString(WORK.resolve("nginx/logs/access.log"));
        assertTrue(access.contains("upstream=127.0.0.1:" + a.port()) && access.contains("upstream=127.0.0.1:"
                + b.port()), "the load balancer used both instances");
    }

    @Test
    @Order(2)
    void aSessionStartedOnOneInstanceWorksOnTheOther() throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(a.url("/j_security_check")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                        + ADMIN.substring(ADMIN.indexOf(':') + 1))).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("onebacklog-session"))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(b.url("/products")))
                .header("Cookie", cookie).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), "instance b knows the session a made");
    }

    /**
     * Logout ends the session on the server: a copy of the cookie taken before is refused on the instance that
     * logged out at once, and on the other within a second (it re-reads a session at most a second after it last did).
     */
    @Test
    @Order(2)
    void aSessionEndedOnOneInstanceIsRefusedOnBothWithinASecond() throws Exception {
        String cookie = logIn(a);
        assertEquals(200, pageStatus(b, cookie), "the copy works on b");
        assertEquals(200, pageStatus(a, cookie));
        String csrf = csrfOf(HTTP.send(HttpRequest.newBuilder(URI.create(a.url("/products"))).header("Cookie", cookie)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString()).body());
        HttpResponse<String> logout = HTTP.send(HttpRequest.newBuilder(URI.create(a.url("/logout")))
                .header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, logout.statusCode());
        assertEquals(302, pageStatus(a, cookie), "refused at once where it was ended");
        Thread.sleep(SESSION_FRESH_FOR_MS);
        assertEquals(302, pageStatus(b, cookie), "refused on the other instance within a second");
        assertEquals(302, pageStatus(a, cookie));
    }

    @Test
    @Order(2)
    void logOutEverywhereOnOneInstanceEndsTheSessionsOfBoth() throws Exception {
        String fromA = logIn(a);
        String fromB = logIn(b);
        for (String cookie : List.of(fromA, fromB)) {
            assertEquals(200, pageStatus(a, cookie));
            assertEquals(200, pageStatus(b, cookie));
        }
        HttpResponse<String> everywhere = HTTP.send(HttpRequest.newBuilder(URI.create(b.url(
                "/api/v1/account/logout-everywhere"))).header("Authorization", basic(ADMIN))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, everywhere.statusCode(), everywhere.body());
        Thread.sleep(SESSION_FRESH_FOR_MS);
        for (String cookie : List.of(fromA, fromB)) {
            assertEquals(302, pageStatus(a, cookie), "refused on a");
            assertEquals(302, pageStatus(b, cookie), "refused on b");
        }
    }

    /** How long an instance keeps what it read of a session (account/Sessions.FRESH_FOR). */
    static final long SESSION_FRESH_FOR_MS = 1000;

    /** Logs in as the admin through the login form on this instance; the session cookie as "name=value". */
    static String logIn(Instance instance) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(instance.url("/j_security_check")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                        + ADMIN.substring(ADMIN.indexOf(':') + 1))).build(), HttpResponse.BodyHandlers.ofString());
        return login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("onebacklog-session"))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    /** What the products page answers a browser with this cookie: 200, or 302 to the login page. */
    static int pageStatus(Instance instance, String cookie) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(instance.url("/products"))).header("Cookie", cookie)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String csrfOf(String page) {
        Matcher token = Pattern.compile("\"X-CSRF-Token\": \"([^\"]+)\"").matcher(page);
        assertTrue(token.find(), "the page carries a CSRF token");
        return token.group(1);
    }

    @Test
    @Order(3)
    void aRabbitMqOutageKeepsEachInstanceLiveForItsOwnSocketsAndEndsInAResync() throws Exception {
        Board board = Board.create(a, "CLB");
        Socket onA = Socket.open(a, board.key());
        Socket onB = Socket.open(b, board.key());
        onA.settle();
        onB.settle();
        rabbitmqctl("stop_app");
        try {
            awaitStatus(a, "/q/health/ready", 503);
            awaitStatus(b, "/q/health/ready", 503);
            assertEquals(200, get(a.url("/q/health/live")).statusCode(), "an outage of the broker is not death");
            board.move(a, board.tasks().get(0), "IN_PROGRESS");
            String own = onA.nextChange(10);
            assertNotNull(own, "a's own socket stays live without the broker");
            assertTrue(own.contains("id=\"task-" + board.tasks().get(0) + "\""), "it carries the moved card");
            assertEquals(200, get(b.url("/api/v1/products/" + board.key()), ADMIN).statusCode(),
                    "b keeps serving");
        } finally {
            rabbitmqctl("start_app");
        }
        awaitStatus(a, "/q/health/ready", 200);
        awaitStatus(b, "/q/health/ready", 200);
        assertTrue(onA.awaitResync(20), "a tells its sockets to resync when the broker is back");
        assertTrue(onB.awaitResync(20), "b tells its sockets to resync: they missed a's change");
        // Nothing lost: a resynced page fetches the board, and it has the move made during the outage.
        String fresh = getPage(b.url("/products/" + board.key() + "/board"));
        assertTrue(fresh.contains("data-column=\"IN_PROGRESS\""), fresh.length() + " bytes");
        assertEquals("IN_PROGRESS", board.column(b, board.tasks().get(0)));
        // And changes flow between the instances again.
        board.move(b, board.tasks().get(1), "REVIEW");
        assertNotNull(onA.nextChange(10), "a's socket hears b's move after the outage");
        onA.close();
        onB.close();
    }

    @Test
    @Order(4)
    void aPostgresOutageGives503AndHealsWithoutARestart() throws Exception {
        Board board = Board.create(a, "CLC");
        pgctl("stop");
        try {
            HttpResponse<String> refused = get(a.url("/api/v1/products/" + board.key()), ADMIN);
            assertEquals(503, refused.statusCode(), refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
            assertTrue(!refused.body().contains("Exception") && !refused.body().contains("\tat "), refused.body());
            awaitStatus(a, "/q/health/ready", 503);
        } finally {
            pgctl("start");
        }
        awaitStatus(a, "/q/health/ready", 200);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = get(a.url("/api/v1/products/" + board.key()), ADMIN).statusCode();
            if (status != 200) {
                Thread.sleep(500);
            }
        }
        assertEquals(200, status, "a serves again without a restart");
        assertEquals(200, get(b.url("/api/v1/products/" + board.key()), ADMIN).statusCode());
    }

    /** Failed logins alternate between the instances; the lock comes after 5, as on one instance. */
    @Test
    @Order(5)
    void theLoginThrottleCountsTriesOnBothInstancesTogether() throws Exception {
        String key = "CLT" + (System.nanoTime() % 100000);
        post(a, "/api/v1/products", "{\"key\":\"" + key + "\",\"name\":\"Throttle " + key + "\"}", 201);
        String username = "guessed-" + key.toLowerCase();
        String password = "Right-Horse-Battery-" + key;
        post(a, "/api/v1/products/" + key + "/members", "{\"username\":\"" + username + "\",\"role\":\"DEVELOPER\","
                + "\"password\":\"" + password + "\"}", 201);
        // One address of its own (the instances trust X-Forwarded-For, as behind nginx), so admin logins are apart.
        String address = "203.0.113." + (System.nanoTime() % 200 + 1);
        for (int i = 0; i < 4; i++) {
            assertEquals("/login?error=true", login(i % 2 == 0 ? a : b, username, "wrong-" + i, address));
            for (Instance on : List.of(a, b)) {
                assertTrue(!loginPage(on, address).contains("Too many failed logins"),
                        on.name() + ": no lock after " + (i + 1) + " failures");
            }
        }
        assertEquals("/login?error=true", login(a, username, "wrong-4", address));
        for (Instance on : List.of(a, b)) {
            assertTrue(loginPage(on, address).contains("Too many failed logins"), on.name() + " says to wait");
            assertEquals("/login?error=true", login(on, username, password, address),
                    on.name() + " refuses even the right password after the fifth failure");
        }
        assertEquals("/products", login(a, username, password, "203.0.113.250"), "another address may still log in");
    }

    /** Posts the login form from that client address; the redirect's path (error page or landing page). */
    static String login(Instance on, String username, String password, String address) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(on.url("/j_security_check")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password=" + password))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, response.statusCode(), response.body());
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    static String loginPage(Instance on, String address) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(on.url("/login?error=true")))
                .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    static String balancerUrl() {
        return "http://127.0.0.1:" + balancer;
    }

    /** A product with an active sprint and four tasks, made through the API of one instance. */
    record Board(String key, List<Long> tasks) {
        static Board create(Instance on, String prefix) throws Exception {
            String key = prefix + (System.nanoTime() % 100000);
            post(on, "/api/v1/products", "{\"key\":\"" + key + "\",\"name\":\"Cluster " + key + "\"}", 201);
            String sprint = post(on, "/api/v1/products/" + key + "/sprints", "{\"name\":\"S1\",\"start\":\"2026-01-05\","
                    + "\"end\":\"2026-01-16\",\"capacity\":40}", 201);
            long sprintId = Long.parseLong(field(sprint, "id"));
            List<Long> tasks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String item = field(post(on, "/api/v1/products/" + key + "/items", "{\"kind\":\"STORY\",\"title\":"
                        + "\"Story " + i + "\",\"estimate\":3}", 201), "key");
                post(on, "/api/v1/sprints/" + sprintId + "/items", "{\"itemKey\":\"" + item + "\"}", 200);
                for (int t = 0; t < 2; t++) {
                    tasks.add(Long.parseLong(field(post(on, "/api/v1/items/" + item + "/tasks", "{\"title\":\"Task "
                            + t + "\",\"estimate\":1}", 201), "id")));
                }
            }
            post(on, "/api/v1/sprints/" + sprintId + "/start", "", 200);
            return new Board(key, tasks);
        }

        void move(Instance on, long task, String column) throws Exception {
            String version = field(get(on.url("/api/v1/tasks/" + task), ADMIN).body(), "version");
            post(on, "/api/v1/tasks/" + task + "/move", "{\"column\":\"" + column + "\",\"version\":" + version + "}",
                    200);
        }

        String column(Instance on, long task) throws Exception {
            return field(get(on.url("/api/v1/tasks/" + task), ADMIN).body(), "column");
        }
    }

    /** A live connection and what it received; {@code hello} is the number it started at. */
    static final class Socket implements WebSocket.Listener {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        final StringBuilder partial = new StringBuilder();
        final String where;
        WebSocket socket;
        long hello = -1;

        Socket(String where) {
            this.where = where;
        }

        static Socket open(Instance instance, String key) throws Exception {
            return open("http://127.0.0.1:" + instance.port(), key);
        }

        static Socket open(String base, String key) throws Exception {
            Socket listener = new Socket(base);
            listener.socket = HTTP.newWebSocketBuilder()
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(
                            StandardCharsets.UTF_8)))
                    .buildAsync(URI.create(base.replace("http:", "ws:") + "/live/" + key + "?view=board"), listener)
                    .get(10, TimeUnit.SECONDS);
            return listener;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** The hello, then quiet: changes of the setup still on their way are taken out of the queue. */
        void settle() throws InterruptedException {
            String first = messages.poll(10, TimeUnit.SECONDS);
            assertNotNull(first, where + " said hello");
            hello = seq(first);
            for (String late = messages.poll(1, TimeUnit.SECONDS); late != null;
                    late = messages.poll(1, TimeUnit.SECONDS)) {
                hello = seq(late);
            }
        }

        long hello() {
            return hello;
        }

        /** Every message until none came for 3 s (15 s for the first). */
        List<String> untilQuiet() throws InterruptedException {
            List<String> changes = new ArrayList<>();
            for (String m = messages.poll(15, TimeUnit.SECONDS); m != null; m = messages.poll(3, TimeUnit.SECONDS)) {
                changes.add(m);
            }
            return changes;
        }

        String nextChange(int seconds) throws InterruptedException {
            for (String m = messages.poll(seconds, TimeUnit.SECONDS); m != null;
                    m = messages.poll(seconds, TimeUnit.SECONDS)) {
                if (m.contains("data-change=\"task\"")) {
                    return m;
                }
            }
            return null;
        }

        boolean awaitResync(int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String m = messages.poll(1, TimeUnit.SECONDS);
                if (m != null && m.contains("data-change=\"resync\"")) {
                    return true;
                }
            }
            return false;
        }

        void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }

        @Override
        public String toString() {
            return "socket on " + where;
        }
    }

    static long seq(String message) {
        Matcher matcher = SEQ.matcher(message);
        assertTrue(matcher.find(), message);
        return Long.parseLong(matcher.group(1));
    }

    static String post(Instance on, String path, String json, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(on.url(path)))
                .header("Authorization", basic(ADMIN)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String credentials) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .header("Authorization", basic(credentials)).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A page as a logged-in browser gets it (through the API credentials' session-free Basic login is not used). */
    static String getPage(String url) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(url.replaceFirst("/products/.*",
                "/j_security_check"))).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password="
                        + ADMIN.substring(ADMIN.indexOf(':') + 1))).build(), HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("onebacklog-session")).map(c -> c.substring(0, c.indexOf(';')))
                .findFirst().orElseThrow();
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie)
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        return page.body();
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A top-level JSON field, read without a JSON library: enough for ids, keys, versions and columns. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        assertTrue(matcher.find(), name + " in " + json);
        return matcher.group(1);
    }

    static void awaitReady(Instance instance) throws Exception {
        awaitStatus(instance, "/q/health/ready", 200);
    }

    static void awaitStatus(Instance instance, String path, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int last = -1;
        while (System.nanoTime() < deadline) {
            if (!instance.process().isAlive()) {
                throw new AssertionError(instance.name() + " died; see " + WORK.resolve(instance.name() + ".log"));
            }
            try {
                last = get(instance.url(path)).statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException notYet) {
                last = -1;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(instance.name() + path + " stayed at " + last + ", not " + status);
    }

    static void rabbitmqctl(String command) throws Exception {
        run("rabbitmqctl", command);
    }

    static void pgctl(String command) throws Exception {
        String version;
        try (var versions = Files.list(Path.of("/etc/postgresql"))) {
            version = versions.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
        }
        run("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", command);
    }

    static void ensureRabbitMq() {
        try {
            rabbitmqctl("start_app");
        } catch (Exception | AssertionError e) {
            System.err.println("Could not make sure RabbitMQ runs: " + e);
        }
    }

    static void ensurePostgres() {
        try {
            pgctl("start");
        } catch (Exception | AssertionError e) {
            // Already running: pg_ctlcluster says so and fails, which is fine.
        }
    }

    static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), String.join(" ", command) + " hung");
        assertEquals(0, process.exitValue(), String.join(" ", command) + ": " + output);
    }

    static String pgUrl(String database) {
        return System.getProperty("onebacklog.pg.base", "jdbc:postgresql://127.0.0.1:5432/") + database;
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
