package org.onebacklog.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.onebacklog.support.Api;

/**
 * The deadline for a request's head, as clients meet it: a head that trickles is cut off with a 408, a connection
 * that sends nothing is closed, and neither a keep-alive connection waiting between requests nor an open live
 * board is touched. The deadline is 3 s here, so the test waits seconds rather than a minute.
 */
@QuarkusTest
@TestProfile(RequestHeadDeadlineTest.ShortDeadline.class)
class RequestHeadDeadlineTest {

    static final long DEADLINE_MS = 3_000;

    public static class ShortDeadline implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("onebacklog.requests.read-timeout", "3s");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void aHeadThatTricklesIsCutOffWithA408Problem() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write("GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nX-Slow: "
                    .getBytes(StandardCharsets.UTF_8));
            String text = trickleUntilClosed(socket);
            assertTrue(text.startsWith("HTTP/1.1 408 Request Timeout"), text);
            assertTrue(text.contains("Content-Type: application/problem+json"), text);
            assertTrue(text.contains("\"detail\":\"The request's headers did not arrive within 3 seconds"), text);
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosed() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout((int) (4 * DEADLINE_MS));
            assertEquals(-1, readToClose(socket.getInputStream()), "closed, not left open");
        }
    }

    @Test
    void aKeepAliveConnectionMayWaitBetweenRequestsLongerThanTheDeadline() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            for (int request = 0; request < 2; request++) {
                socket.getOutputStream().write("GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        .getBytes(StandardCharsets.UTF_8));
                String answer = readResponse(socket.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 200"), "request " + request + ": " + answer);
                assertTrue(answer.contains("UP"), answer);
                Thread.sleep(DEADLINE_MS + 1_500);
            }
        }
    }

    @Test
    void theNextHeadOnAKeepAliveConnectionHasItsOwnDeadline() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.UTF_8));
            assertTrue(readResponse(socket.getInputStream()).startsWith("HTTP/1.1 200"), "the first is answered");
            out.write("GET /q/health/ready HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.UTF_8));
            String text = trickleUntilClosed(socket);
            assertTrue(text.startsWith("HTTP/1.1 408 Request Timeout"), text);
        }
    }

    @Test
    void anOpenLiveBoardOutlivesTheDeadline() throws Exception {
        String shop = Api.product("HD");
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        String credentials = Base64.getEncoder().encodeToString(("admin:" + Api.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        WebSocketClientConnection board = BasicWebSocketConnector.create().baseUri(base)
                .path("/live/" + shop + "?view=backlog").addHeader("Authorization", "Basic " + credentials)
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((c, message) -> messages.add(message)).connectAndAwait();
        try {
            assertNotNull(messages.poll(5, TimeUnit.SECONDS), "the hello");
            Thread.sleep(2 * DEADLINE_MS);
            Api.asAdmin().body(Map.of("kind", "STORY", "title", "Added after a quiet while"))
                    .post("/api/v1/products/" + shop + "/items").then().statusCode(201);
            assertTrue(board.isOpen(), "the live socket is still open");
            assertNotNull(messages.poll(5, TimeUnit.SECONDS), "and still receives changes");
        } finally {
            board.closeAndAwait();
        }
    }

    /**
     * Sends a header byte every 200 ms (each one would restart an idle timeout; the head's deadline does not restart)
     * until the server closes the connection, and returns what it answered; fails if it never does.
     */
    private static String trickleUntilClosed(Socket socket) throws IOException {
        socket.setSoTimeout(200);
        OutputStream out = socket.getOutputStream();
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        long started = System.nanoTime();
        boolean closed = false;
        while (!closed && System.nanoTime() - started < TimeUnit.MILLISECONDS.toNanos(4 * DEADLINE_MS)) {
            try {
                out.write('x');
                out.flush();
            } catch (IOException reset) {
                closed = true;
            }
            closed |= readSome(socket.getInputStream(), answer);
        }
        String text = answer.toString(StandardCharsets.UTF_8);
        assertTrue(closed, "the connection is closed after the head's deadline; read: " + text);
        return text;
    }

    /** Reads what is there within the socket's timeout; true when the server closed the connection. */
    private static boolean readSome(InputStream in, ByteArrayOutputStream into) {
        byte[] buffer = new byte[4096];
        try {
            int n = in.read(buffer);
            if (n < 0) {
                return true;
            }
            into.write(buffer, 0, n);
            return false;
        } catch (SocketTimeoutException nothingYet) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    private static int readToClose(InputStream in) throws IOException {
        try {
            int last = 0;
            while (last >= 0) {
                last = in.read();
            }
            return last;
        } catch (java.net.SocketException reset) {
            return -1;
        }
    }

    /** One response with a Content-Length body, leaving the connection open for the next. */
    private static String readResponse(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed after: " + head);
            }
            head.append((char) b);
        }
        int length = 0;
        for (String line : head.toString().split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return head + new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
