package org.onebacklog.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.jboss.logging.Logger;

/**
 * Kills the packaged app (SIGKILL) in the middle of a burst of writes from several threads, starts it again on the
 * same data, and checks that every write that was answered 2xx is there with the content it was acknowledged
 * with, that no item key appears twice, and that keys handed out after the restart never repeat earlier ones.
 * Runs under failsafe: on H2 in the plain build ({@code ./mvnw verify}), on PostgreSQL in the cluster pass
 * ({@code -Dquarkus.profile=pg,cluster}, with {@code -Donebacklog.crash.database=pg}).
 */
class CrashIT {

    private static final Logger LOG = Logger.getLogger(CrashIT.class);

    static final String ADMIN_PASSWORD = "crash-admin-secret";
    static final String DATABASE = "onebacklog_crash";
    static final String PRODUCT = "CRASH";
    static final List<String> COLUMNS = List.of("TODO", "IN_PROGRESS", "REVIEW", "DONE");
    static final Path WORK = Path.of(System.getProperty("onebacklog.crash.work", "target/crash-it"));
    static final boolean POSTGRES = "pg".equals(System.getProperty("onebacklog.crash.database", "h2"));
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static Process app;

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.destroy();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndNoKeyIsGivenTwice() throws Exception {
        prepareEmptyDatabase();
        int port = freePort();
        app = start(port, "before-kill");
        Client client = Client.login(port);
        Setup setup = Setup.create(client);

        Ledger ledger = new Ledger();
        List<Thread> writers = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            writers.add(new Thread(new Creator(client, ledger, c), "creator-" + c));
        }
        writers.add(new Thread(new Editor(client, ledger, setup.edited()), "editor"));
        writers.add(new Thread(new Mover(client, ledger, setup.tasks()), "mover"));
        writers.add(new Thread(new Ranker(client, ledger, setup.ranked()), "ranker"));
        writers.forEach(Thread::start);
        // Kill mid-burst: once every writer has had some writes acknowledged, while all of them keep writing.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!ledger.busyEnough() && System.nanoTime() < deadline && ledger.unexpected.isEmpty()) {
            Thread.sleep(20);
        }
        app.destroyForcibly();
        assertTrue(app.waitFor(30, TimeUnit.SECONDS), "the app died");
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(60));
        }
        assertEquals(List.of(), ledger.unexpected, "answers other than success during the burst");
        assertTrue(ledger.busyEnough(), "the burst got going before the kill: " + ledger.counts());

        app = start(port, "after-restart");
        client = Client.login(port);
        List<String> lost = new ArrayList<>();
        Map<String, JsonNode> backlog = backlogByKey(client, lost);
        checkCreates(ledger, backlog, lost);
        checkEdits(ledger, backlog, lost);
        checkRanks(ledger, client, setup.ranked(), lost);
        checkMoves(ledger, client, setup.tasks(), lost);

        // Keys handed out after the restart are new: none of an acknowledged item, none twice.
        Set<String> fresh = new LinkedHashSet<>();
        for (int i = 0; i < 20; i++) {
            fresh.add(client.post("/api/v1/products/" + PRODUCT + "/items", Map.of("kind", "STORY", "title",
                    "After the restart " + i), 201).get("key").asText());
        }
        assertEquals(20, fresh.size(), "20 new items, 20 new keys: " + fresh);
        Set<String> reused = new HashSet<>(fresh);
        reused.retainAll(ledger.created.keySet());

        LOG.infof("CrashIT (%s): answered 2xx before the kill: %s; cut off by the kill: %d; after the "
                + "restart: %d lost or rolled back, %d new keys, %d reused", POSTGRES ? "PostgreSQL" : "H2",
                ledger.counts(), ledger.cutOff.get(), lost.size(), fresh.size(), reused.size());
        assertEquals(List.of(), lost, "acknowledged writes missing after the restart");
        assertEquals(Set.of(), reused, "keys of acknowledged items handed out again");
    }

    // ---- what the burst was told --------------------------------------------------------------------------

    /** Writes answered 2xx, and for each writer the one write the kill cut off (it may or may not have landed). */
    static final class Ledger {
        final Map<String, String> created = new ConcurrentHashMap<>();
        final Set<String> createCutOff = ConcurrentHashMap.newKeySet();
        final Map<String, String> edited = new ConcurrentHashMap<>();
        final Map<String, String> editCutOff = new ConcurrentHashMap<>();
        final Map<Long, String> moved = new ConcurrentHashMap<>();
        final Map<Long, String> moveCutOff = new ConcurrentHashMap<>();
        final List<String> toTop = Collections.synchronizedList(new ArrayList<>());
        volatile String toTopCutOff;
        final AtomicInteger edits = new AtomicInteger();
        final AtomicInteger moves = new AtomicInteger();
        final AtomicInteger cutOff = new AtomicInteger();
        final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());

        boolean busyEnough() {
            return created.size() >= 150 && edits.get() >= 15 && moves.get() >= 15 && toTop.size() >= 15;
        }

        String counts() {
            return created.size() + " creates, " + edits.get() + " edits, " + moves.get() + " task moves, "
                    + toTop.size() + " ranks";
        }
    }

    /** One writer of the burst: writes until the app is gone; the write that finds it gone is "cut off". */
    abstract static class Writer implements Runnable {
        final Client client;
        final Ledger ledger;

        Writer(Client client, Ledger ledger) {
            this.client = client;
            this.ledger = ledger;
        }

        abstract void writeOnce(int n) throws IOException, InterruptedException;

        @Override
        public void run() {
            try {
                for (int n = 0; ; n++) {
                    writeOnce(n);
                }
            } catch (IOException gone) {
                ledger.cutOff.incrementAndGet();
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | AssertionError e) {
                ledger.unexpected.add(Thread.currentThread().getName() + ": " + e);
            }
        }

        static void unexpected(String what, HttpResponse<String> response) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    static final class Creator extends Writer {
        final int id;

        Creator(Client client, Ledger ledger, int id) {
            super(client, ledger);
            this.id = id;
        }

        @Override
        void writeOnce(int n) throws IOException, InterruptedException {
            String title = "Created by " + id + " #" + n;
            Map<String, Object> body = n % 2 == 0 ? Map.of("kind", "BUG", "title", title)
                    : Map.of("kind", "STORY", "title", title, "estimate", 2, "labels", List.of("burst"));
            ledger.createCutOff.add(title);
            HttpResponse<String> response = client.send("POST", "/api/v1/products/" + PRODUCT + "/items", body);
            if (response.statusCode() != 201) {
                unexpected("creating " + title, response);
            }
            ledger.created.put(read(response).get("key").asText(), title);
            ledger.createCutOff.remove(title);
        }
    }

    /** Edits its own items in turn, with the version it was last answered. */
    static final class Editor extends Writer {
        final List<String> items;
        final Map<String, Long> versions = new HashMap<>();

        Editor(Client client, Ledger ledger, List<String> items) {
            super(client, ledger);
            this.items = items;
            items.forEach(i -> versions.put(i, 0L));
        }

        @Override
        void writeOnce(int n) throws IOException, InterruptedException {
            String key = items.get(n % items.size());
            String title = "Edited #" + n;
            ledger.editCutOff.put(key, title);
            HttpResponse<String> response = client.send("PATCH", "/api/v1/items/" + key,
                    Map.of("title", title, "version", versions.get(key)));
            if (response.statusCode() == 409 && read(response).has("current")) {
                // A respacing of the backlog's ranks changed the item meanwhile: take its fresh version, retry.
                versions.put(key, read(response).get("current").get("version").asLong());
                response = client.send("PATCH", "/api/v1/items/" + key,
                        Map.of("title", title, "version", versions.get(key)));
            }
            if (response.statusCode() != 200) {
                unexpected("editing " + key, response);
            }
            versions.put(key, read(response).get("version").asLong());
            ledger.edited.put(key, title);
            ledger.editCutOff.remove(key);
            ledger.edits.incrementAndGet();
        }
    }

    /** Moves its tasks one column on, in turn, with the version it read. */
    static final class Mover extends Writer {
        final List<Long> tasks;
        final Map<Long, String> columns = new HashMap<>();

        Mover(Client client, Ledger ledger, List<Long> tasks) {
            super(client, ledger);
            this.tasks = tasks;
            tasks.forEach(t -> columns.put(t, COLUMNS.get(0)));
        }

        @Override
        void writeOnce(int n) throws IOException, InterruptedException {
            long task = tasks.get(n % tasks.size());
            String column = COLUMNS.get((COLUMNS.indexOf(columns.get(task)) + 1) % COLUMNS.size());
            HttpResponse<String> current = client.send("GET", "/api/v1/tasks/" + task, null);
            if (current.statusCode() != 200) {
                unexpected("reading task " + task, current);
            }
            ledger.moveCutOff.put(task, column);
            HttpResponse<String> response = client.send("POST", "/api/v1/tasks/" + task + "/move",
                    Map.of("column", column, "version", read(current).get("version").asLong()));
            if (response.statusCode() != 200) {
                unexpected("moving task " + task + " to " + column, response);
            }
            columns.put(task, column);
            ledger.moved.put(task, column);
            ledger.moveCutOff.remove(task);
            ledger.moves.incrementAndGet();
        }
    }

    /** Puts its items on top of the backlog in turn, as the keyboard's "to the top" does. */
    static final class Ranker extends Writer {
        final List<String> items;

        Ranker(Client client, Ledger ledger, List<String> items) {
            super(client, ledger);
            this.items = items;
        }

        @Override
        void writeOnce(int n) throws IOException, InterruptedException {
            String key = items.get(n % items.size());
            ledger.toTopCutOff = key;
            HttpResponse<String> response = client.send("POST", "/api/v1/items/" + key + "/rank", Map.of());
            if (response.statusCode() != 200) {
                unexpected("ranking " + key, response);
            }
            ledger.toTop.add(key);
            ledger.toTopCutOff = null;
        }
    }

    // ---- checks after the restart -------------------------------------------------------------------------

    /** The open backlog by key; a key listed twice is recorded as lost integrity. */
    static Map<String, JsonNode> backlogByKey(Client client, List<String> lost) throws Exception {
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode item : client.get("/api/v1/products/" + PRODUCT + "/backlog")) {
            if (byKey.put(item.get("key").asText(), item) != null) {
                lost.add(item.get("key").asText() + " appears twice");
            }
        }
        return byKey;
    }

    static void checkCreates(Ledger ledger, Map<String, JsonNode> backlog, List<String> lost) {
        ledger.created.forEach((key, title) -> {
            JsonNode item = backlog.get(key);
            if (item == null) {
                lost.add("created " + key + " (" + title + ") is gone");
            } else if (!item.get("title").asText().equals(title)) {
                lost.add(key + " was created as '" + title + "' but is '" + item.get("title").asText() + "'");
            }
        });
        Map<String, String> titles = new HashMap<>();
        for (JsonNode item : backlog.values()) {
            String title = item.get("title").asText();
            if (title.startsWith("Created by ")) {
                String other = titles.put(title, item.get("key").asText());
                if (other != null) {
                    lost.add("'" + title + "' was created twice: " + other + " and " + item.get("key").asText());
                }
                if (!ledger.created.containsValue(title) && !ledger.createCutOff.contains(title)) {
                    lost.add("'" + title + "' exists but was never sent");
                }
            }
        }
    }

    static void checkEdits(Ledger ledger, Map<String, JsonNode> backlog, List<String> lost) {
        ledger.edited.forEach((key, title) -> {
            String now = backlog.containsKey(key) ? backlog.get(key).get("title").asText() : "(gone)";
            if (!now.equals(title) && !now.equals(ledger.editCutOff.get(key))) {
                lost.add(key + " was edited to '" + title + "' but reads '" + now + "'");
            }
        });
    }

    /** The ranked items' order must follow the acknowledged moves to the top (plus, perhaps, the one cut off). */
    static void checkRanks(Ledger ledger, Client client, List<String> ranked, List<String> lost) throws Exception {
        List<String> order = new ArrayList<>();
        for (JsonNode item : client.get("/api/v1/products/" + PRODUCT + "/backlog")) {
            if (ranked.contains(item.get("key").asText())) {
                order.add(item.get("key").asText());
            }
        }
        List<String> acknowledged = expectedTopOrder(ledger.toTop, null, ranked);
        List<String> withCutOff = expectedTopOrder(ledger.toTop, ledger.toTopCutOff, ranked);
        if (!order.equals(acknowledged) && !order.equals(withCutOff)) {
            lost.add("backlog order " + order + ", acknowledged " + acknowledged);
        }
    }

    static List<String> expectedTopOrder(List<String> toTop, String cutOff, List<String> ranked) {
        List<String> newestFirst = new ArrayList<>(toTop);
        if (cutOff != null) {
            newestFirst.add(cutOff);
        }
        Collections.reverse(newestFirst);
        Set<String> order = new LinkedHashSet<>(newestFirst);
        order.addAll(ranked);
        return new ArrayList<>(order);
    }

    static void checkMoves(Ledger ledger, Client client, List<Long> tasks, List<String> lost) throws Exception {
        for (long task : tasks) {
            String column = client.get("/api/v1/tasks/" + task).get("column").asText();
            String acknowledged = ledger.moved.getOrDefault(task, COLUMNS.get(0));
            if (!column.equals(acknowledged) && !column.equals(ledger.moveCutOff.get(task))) {
                lost.add("task " + task + " was moved to " + acknowledged + " but is in " + column);
            }
        }
    }

    // ---- the product the burst writes to ------------------------------------------------------------------

    /** Items the editor and the ranker own, and the tasks of an active sprint that the mover owns. */
    record Setup(List<String> edited, List<String> ranked, List<Long> tasks) {
        static Setup create(Client client) throws Exception {
            client.post("/api/v1/products", Map.of("key", PRODUCT, "name", "Crash test"), 201);
            long sprint = client.post("/api/v1/products/" + PRODUCT + "/sprints", Map.of("name", "S1", "start",
                    "2026-01-05", "end", "2026-01-16", "capacity", 40), 201).get("id").asLong();
            List<Long> tasks = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String item = newItem(client, "Board story " + i);
                client.post("/api/v1/sprints/" + sprint + "/items", Map.of("itemKey", item), 200);
                for (int t = 0; t < 3; t++) {
                    tasks.add(client.post("/api/v1/items/" + item + "/tasks", Map.of("title", "Task " + t,
                            "estimate", 1), 201).get("id").asLong());
                }
            }
            client.post("/api/v1/sprints/" + sprint + "/start", Map.of(), 200);
            List<String> edited = new ArrayList<>();
            List<String> ranked = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                edited.add(newItem(client, "To edit " + i));
                ranked.add(newItem(client, "To rank " + i));
            }
            return new Setup(edited, ranked, tasks);
        }

        static String newItem(Client client, String title) throws Exception {
            return client.post("/api/v1/products/" + PRODUCT + "/items", Map.of("kind", "STORY", "title", title,
                    "estimate", 3), 201).get("key").asText();
        }
    }

    // ---- the app process ----------------------------------------------------------------------------------

    /** An empty database: a fresh data directory for H2, a fresh database of its own on PostgreSQL. */
    static void prepareEmptyDatabase() throws Exception {
        Files.createDirectories(WORK);
        Path data = WORK.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        if (POSTGRES) {
            try (Connection db = DriverManager.getConnection(pgUrl("postgres"), "postgres", "");
                    Statement sql = db.createStatement()) {
                sql.execute("drop database if exists " + DATABASE + " with (force)");
                sql.execute("create database " + DATABASE);
            }
        }
    }

    static Process start(int port, String name) throws Exception {
        String jar = System.getProperty("onebacklog.crash.jar", "target/quarkus-app/quarkus-run.jar");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-jar", jar).redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("ONEBACKLOG_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.environment().put("ONEBACKLOG_DATA_DIR", WORK.resolve("data").toAbsolutePath().toString());
        if (POSTGRES) {
            builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", pgUrl(DATABASE));
            builder.environment().put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", "");
        }
        Process process = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the app died on start; see " + WORK.resolve(name + ".log"));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("the app did not get ready; see " + WORK.resolve(name + ".log"));
    }

    static String pgUrl(String database) {
        return System.getProperty("onebacklog.pg.base", "jdbc:postgresql://127.0.0.1:5432/") + database;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static JsonNode read(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The API as a script calls it, with a bearer token (HTTP Basic would spend the burst on bcrypt). */
    record Client(int port, String authorization) {
        static Client login(int port) throws Exception {
            Client basic = new Client(port, "Basic " + Base64.getEncoder().encodeToString(("admin:"
                    + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
            return new Client(port, "Bearer " + basic.post("/api/v1/tokens", Map.of("name", "crash"), 201)
                    .get("token").asText());
        }

        HttpResponse<String> send(String method, String path, Object body) throws IOException,
                InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", authorization)
                    .header("Accept", "application/json");
            if (body == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").method(method,
                        HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            }
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode post(String path, Object body, int expected) throws Exception {
            HttpResponse<String> response = send("POST", path, body);
            assertEquals(expected, response.statusCode(), path + ": " + response.body());
            return read(response);
        }

        JsonNode get(String path) throws Exception {
            HttpResponse<String> response = send("GET", path, null);
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            return read(response);
        }
    }
}
