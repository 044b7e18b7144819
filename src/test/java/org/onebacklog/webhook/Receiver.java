package org.onebacklog.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A webhook receiver on a loopback port of its own: it keeps what it got and answers as told (200 by default). */
final class Receiver implements AutoCloseable {

    /** One request as received: the three signature headers and the body. */
    record Received(String id, String timestamp, String signature, String contentType, String body) {
    }

    private final HttpServer server;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();

    Receiver(Integer... firstAnswers) throws IOException {
        answers.addAll(List.of(firstAnswers));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", exchange -> {
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), headers.getFirst("content-type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next request, waiting up to 15 seconds; fails when none came. */
    Received next() throws InterruptedException {
        Received r = received.poll(15, TimeUnit.SECONDS);
        if (r == null) {
            throw new AssertionError("No delivery arrived at " + url());
        }
        return r;
    }

    /** What else arrives within the given time. */
    List<Received> within(long millis) throws InterruptedException {
        Thread.sleep(millis);
        List<Received> rest = new ArrayList<>();
        received.drainTo(rest);
        return rest;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
