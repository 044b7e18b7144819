package org.onebacklog.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;

/**
 * Slow clients as an attacker would send them: hundreds of connections trickling a body or headers a byte a
 * second. Others are served meanwhile, and trickled headers and bodies end in a 408 and a closed connection. The read timeout
 * is short here (20 s) so the test need not wait a minute.
 */
@QuarkusTest
@TestProfile(RequestLimitsTest.ShortReads.class)
class RequestLimitsTest {

    static final int TRICKLERS = 200;

    public static class ShortReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Shorter than the 60 s of production, so the test ends soon; long enough that a normal request, on a
            // CI machine whose two cores also carry 400 trickling sockets and the test client, is never cut off
            // with them (at 10 s, one was, once in three full runs).
            return Map.of("onebacklog.requests.read-timeout", "20s");
        }
    }

    @Test
    void twoHundredTricklersHoldNobodyUpAndTheirBodiesAreCutOff() throws Exception {
        String shop = Api.product("RL");
        List<Trickler> bodies = new ArrayList<>();
        List<Trickler> headers = new ArrayList<>();
        for (int i = 0; i < TRICKLERS; i++) {
            // The login form: open to anyone, so the first thing an attacker would trickle to.
            bodies.add(Trickler.open("POST /j_security_check HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
                    + "j_username=admin&j_password="));
            headers.add(Trickler.open("GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));
        }
        CompletableFuture<Void> trickling = CompletableFuture.runAsync(() -> {
            List<Trickler> all = new ArrayList<>(bodies);
            all.addAll(headers);
            for (int second = 0; second < 40 && all.stream().anyMatch(t -> !t.ended); second++) {
                all.forEach(Trickler::trickle);
                sleep(1000);
            }
        });

        // Meanwhile people are served, each request answered in full and correctly.
        for (int i = 0; i < 5; i++) {
            String title = "Written while others trickle " + i;
            String item = Api.asAdmin().body(Map.of("kind", "STORY", "title", title))
                    .post("/api/v1/products/" + shop + "/items").then().statusCode(201).extract().path("key");
            Api.asAdmin().get("/api/v1/items/" + item).then().statusCode(200).body("title", is(title));
            RestAssured.given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
        }

        trickling.get(60, TimeUnit.SECONDS);
        assertAllCutOff(bodies, "a trickled body");
        assertTrue(bodies.stream().anyMatch(t -> t.received.contains("application/problem+json")),
                "the 408 is a problem document");
        // A head has its own deadline, counted from the connection's start: trickled headers are cut off too.
        assertAllCutOff(headers, "trickled headers");
        assertTrue(headers.stream().anyMatch(t -> t.received.contains("headers did not arrive within 20 seconds")),
                "the head's 408 says why");
    }

    /** Each one ended: answered with a 408, or closed before an answer could be written. */
    private static void assertAllCutOff(List<Trickler> tricklers, String what) {
        for (Trickler trickler : tricklers) {
            assertTrue(trickler.ended, what + " is cut off: " + trickler.received);
            assertTrue(trickler.received.isEmpty() || trickler.received.startsWith("HTTP/1.1 408"),
                    what + " is answered 408 or closed: " + trickler.received);
        }
    }

    @Test
    void aBodyThatStopsComingGetsA408ProblemAndTheConnectionCloses() throws Exception {
        String shop = Api.product("RM");
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String admin = Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes(
                    StandardCharsets.UTF_8));
            out.write(("POST /api/v1/products/" + shop + "/items HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + admin + "\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{\"kind\":").getBytes(
                    StandardCharsets.UTF_8));
            out.flush();
            String answer = readToEnd(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("application/problem+json"), answer);
            assertTrue(answer.contains("\"detail\":\"The request did not arrive within 20 seconds"), answer);
        }
        assertEquals(List.of(), Api.backlogKeys(shop), "nothing of the cut-off request was saved");
    }

    /** A body over the limit gets 413 (a problem document when its length is announced), never a 500. */
    @Test
    void aBodyLargerThanTheLimitGetsA413Problem() throws Exception {
        String shop = Api.product("RN");
        String head = "POST /api/v1/products/" + shop + "/items HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))
                + "\r\nContent-Type: application/json\r\n";
        String announced = sendWhileReading(head + "Content-Length: " + 11 * 1024 * 1024 + "\r\n\r\n", false);
        assertTrue(announced.startsWith("HTTP/1.1 413"), announced);
        assertTrue(announced.contains("application/problem+json"), announced);
        String chunked = sendWhileReading(head + "Transfer-Encoding: chunked\r\n\r\n", true);
        // A chunked body announces no length: it is cut off when it reaches the limit, with the same problem.
        assertTrue(chunked.startsWith("HTTP/1.1 413"), chunked);
        assertTrue(chunked.contains("application/problem+json"), chunked);
        assertTrue(chunked.contains("larger than the server accepts (10 MiB)"), chunked);
        assertEquals(List.of(), Api.backlogKeys(shop));
    }

    /**
     * An operator's gauge of the requests whose bodies are still arriving: a trickled body counts while it trickles;
     * answered pages and saved writes never stay in it (a page that waited there kept its whole HTML in memory for a
     * minute, and a benchmark's load ran the server out of memory).
     */
    @Test
    void answeredRequestsAreNotKeptWaitingForABody() throws Exception {
        String shop = Api.product("RG");
        Trickler body = Trickler.open("POST /j_security_check HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nj_username=");
        assertEquals(1, awaitReadingBodies(1), "the trickled body is counted while it trickles");
        body.close();
        assertEquals(0, awaitReadingBodies(0), "and no more once its client is gone");
        for (int i = 0; i < 20; i++) {
            Api.asAdmin().get("/api/v1/products/" + shop + "/backlog").then().statusCode(200);
            Api.asAdmin().body(Map.of("kind", "STORY", "title", "Saved " + i))
                    .post("/api/v1/products/" + shop + "/items").then().statusCode(201);
        }
        assertEquals(0, readingBodies(), "answered requests wait for nothing");
    }

    /** The gauge once it shows {@code expected}, or as it is after 10 s. */
    private static int awaitReadingBodies(int expected) {
        int now = readingBodies();
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); now != expected && System.nanoTime() < end;
                now = readingBodies()) {
            sleep(100);
        }
        return now;
    }

    private static int readingBodies() {
        String metrics = RestAssured.given().get("/q/metrics").then().statusCode(200).extract().asString();
        java.util.regex.Matcher gauge = java.util.regex.Pattern
                .compile("(?m)^onebacklog_requests_reading_body(?:\\{[^}]*\\})? ([0-9.]+)$").matcher(metrics);
        assertTrue(gauge.find(), "the gauge is published");
        return (int) Double.parseDouble(gauge.group(1));
    }

    /** A client that streams its JSON in chunks, as some HTTP libraries do, is served like any other. */
    @Test
    void aChunkedBodyWithinTheLimitIsTakenLikeAnyOther() throws Exception {
        String shop = Api.product("RC");
        String json = "{\"kind\":\"STORY\",\"title\":\"Sent in chunks\"}";
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/products/" + shop + "/items HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                    + Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD).getBytes(
                            StandardCharsets.UTF_8))
                    + "\r\nContent-Type: application/json\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (String part : new String[] {json.substring(0, 10), json.substring(10)}) {
                out.write((Integer.toHexString(part.length()) + "\r\n" + part + "\r\n").getBytes(
                        StandardCharsets.UTF_8));
                out.flush();
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = readToEnd(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        }
        assertEquals(1, Api.backlogKeys(shop).size(), "the item was added");
    }

    /** Sends the head and then 11 MiB of body (as chunks or not), reading the answer meanwhile. */
    private static String sendWhileReading(String head, boolean chunks) throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                StringBuilder read = new StringBuilder();
                try {
                    InputStream in = socket.getInputStream();
                    byte[] buffer = new byte[4096];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        read.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    }
                } catch (IOException reset) {
                    // the server closed the connection on a body it will not take: what was read is the answer
                }
                return read.toString();
            });
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.getBytes(StandardCharsets.UTF_8));
                byte[] start = "{\"kind\":\"STORY\",\"title\":\"".getBytes(StandardCharsets.UTF_8);
                byte[] piece = new byte[64 * 1024];
                Arrays.fill(piece, (byte) 'a');
                System.arraycopy(start, 0, piece, 0, start.length);
                for (int sent = 0; sent < 11 * 1024 * 1024 && !answer.isDone(); sent += piece.length) {
                    if (chunks) {
                        out.write((Integer.toHexString(piece.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(piece);
                    if (chunks) {
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    Arrays.fill(piece, 0, start.length, (byte) 'a');
                }
                if (chunks) {
                    out.write("2\r\n\"}\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException closedByServer) {
                // expected once the server has answered
            }
            return answer.get(30, TimeUnit.SECONDS);
        }
    }

    private static String readToEnd(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One slow client: a request sent up to a point, then a byte at a time; it stops once answered or closed. */
    static final class Trickler {
        final SocketChannel channel;
        final StringBuilder answer = new StringBuilder();
        String received = "";
        boolean ended;

        Trickler(SocketChannel channel) {
            this.channel = channel;
        }

        static Trickler open(String start) throws IOException {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress("localhost", RestAssured.port));
            channel.write(ByteBuffer.wrap(start.getBytes(StandardCharsets.UTF_8)));
            channel.configureBlocking(false);
            return new Trickler(channel);
        }

        /** Reads what came back; sends one more byte while nothing did. */
        void trickle() {
            if (ended) {
                return;
            }
            try {
                ByteBuffer buffer = ByteBuffer.allocate(4096);
                for (int n = channel.read(buffer); n != 0; n = channel.read(buffer)) {
                    if (n < 0) {
                        ended = true;
                        break;
                    }
                    answer.append(new String(buffer.array(), 0, n, StandardCharsets.ISO_8859_1));
                    buffer.clear();
                }
                received = answer.toString();
                if (!ended && answer.length() == 0) {
                    channel.write(ByteBuffer.wrap(new byte[] {'x'}));
                }
            } catch (IOException reset) {
                ended = true;
            }
            if (ended) {
                close();
            }
        }

        void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
    }
}
