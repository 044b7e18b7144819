package org.onebacklog.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.websockets.next.BasicWebSocketConnector;
import io.quarkus.websockets.next.WebSocketClientConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A connected client of the live channel ({@code /live/{product}}) and everything it receives, in order. */
public record LiveClient(WebSocketClientConnection connection, BlockingQueue<String> messages) {

    private static final Pattern SEQ = Pattern.compile("data-seq=\"(\\d+)\"");

    /** Opens a product's channel for that view as that user (HTTP Basic), as a page of theirs does. */
    public static LiveClient member(URI base, String productKey, String username, String password, String view) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return open(BasicWebSocketConnector.create().baseUri(base).path("/live/" + productKey + "?view=" + view)
                .addHeader("Authorization", "Basic " + credentials));
    }

    /** Opens a product's channel as its TV does: no login, the display token in the address. */
    public static LiveClient display(URI base, String productKey, String token) {
        return open(BasicWebSocketConnector.create().baseUri(base).path("/live/" + productKey + "?view=tv&token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    private static LiveClient open(BasicWebSocketConnector connector) {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocketClientConnection connection = connector
                // On the event loop, in order: blocking callbacks of one connection may run concurrently.
                .executionModel(BasicWebSocketConnector.ExecutionModel.NON_BLOCKING)
                .onTextMessage((c, message) -> messages.add(message))
                .connectAndAwait();
        return new LiveClient(connection, messages);
    }

    /** The next message, or null if none came within 5 seconds. */
    public String next() throws InterruptedException {
        return messages.poll(5, TimeUnit.SECONDS);
    }

    /**
     * The sequence number once the product is quiet: the hello, then any change of the test's own setup that was
     * still on its way when the client connected (changes travel after their commit, asynchronously).
     */
    public long settle() throws InterruptedException {
        long seq = seq(next());
        for (String late = messages.poll(500, TimeUnit.MILLISECONDS); late != null;
                late = messages.poll(500, TimeUnit.MILLISECONDS)) {
            seq = seq(late);
        }
        return seq;
    }

    /** The sequence number a message carries. */
    public static long seq(String message) {
        assertNotNull(message, "a message came");
        Matcher matcher = SEQ.matcher(message);
        assertTrue(matcher.find(), message);
        return Long.parseLong(matcher.group(1));
    }
}
