package org.onebacklog.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deadlines and sizes for what a client sends, ahead of every other handler. A request whose body has not fully
 * arrived within {@code onebacklog.requests.read-timeout} of its headers gets 408 and its connection is closed:
 * Vert.x's idle timeouts restart with every byte, so without this a client trickling a byte a second would hold
 * its connection (and whatever waits for the body) for as long as it likes. A body announced larger than
 * {@code quarkus.http.limits.max-body-size} gets 413 at once, as a problem document, before a byte of it is read;
 * a chunked one gets the same 413 when it reaches the limit.
 */
@ApplicationScoped
public class RequestLimits {

    private static final Logger LOG = Logger.getLogger(RequestLimits.class);
    private static final String CHUNKED = "onebacklog.chunked-body";
    private static final String REFUSED = "onebacklog.refused";

    @Inject
    Vertx vertx;

    @Inject
    Settings settings;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

    /** Requests whose announced body is still arriving: an operator's gauge, and the tests' check that none is kept. */
    private final AtomicInteger readingBodies = new AtomicInteger();

    void gauge(@Observes StartupEvent started, MeterRegistry registry) {
        registry.gauge("onebacklog.requests.reading.body", readingBodies);
    }

    void install(@Observes Router router) {
        long readTimeout = settings.requests().readTimeout().toMillis();
        long maxBody = maxBodySize.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
        router.route().order(-2000).handler(context -> {
            HttpServerRequest request = context.request();
            if (announcedLength(request) > maxBody) {
                refuse(context, 413, "Content Too Large", "The request body is larger than the server accepts ("
                        + maxBody / 1024 / 1024 + " MiB).");
                return;
            }
            // Only a request that carries a body waits for one. A request without (a GET) is not "ended" for
            // Vert.x until Quarkus resumes it, which it may never do: a timer for it would keep the request, and the
            // whole page it was answered with, for the length of the deadline (pages piled up to an out-of-memory
            // under a benchmark's load).
            if (hasBody(request) && !request.isEnded()) {
                readingBodies.incrementAndGet();
                long timer = vertx.setTimer(readTimeout, id -> {
                    if (!request.isEnded()) {
                        refuse(context, 408, "Request Timeout", "The request did not arrive within "
                                + describe(settings.requests().readTimeout()) + "; send it again.");
                    }
                });
                // Received in full, or the connection gone: nothing left to time. This holds also for a request
                // answered before its body was read (a 401 first): its body is still read, or cut off by the timer.
                request.end().onComplete(received -> {
                    vertx.cancelTimer(timer);
                    readingBodies.decrementAndGet();
                });
            }
            context.next();
        }).failureHandler(context -> {
            // After a 408 or 413 from here, or once the connection is gone, a handler still busy with the request
            // fails on its way out: nobody is left to answer, and it is no server error worth an ERROR line (an
            // attacker's 200 trickled logins would otherwise write 200 of them).
            if (context.get(REFUSED) != null || context.failure() instanceof HttpClosedException) {
                LOG.debugf("After the client was cut off or left: %s", context.failure());
                return;
            }
            context.next();
        });
        // A chunked body announces no length, and Quarkus' own reader stops one at the limit with a bare 413. Read
        // here, it is counted as it comes and refused with a problem document instead. Multipart stays with Quarkus:
        // this reader would drop the files (browsers never send a form chunked anyway).
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBody);
        router.route().order(-1999).handler(context -> {
            if (isChunked(context.request()) && !isMultipart(context.request())) {
                context.put(CHUNKED, true);
                chunkedBodies.handle(context);
            } else {
                context.next();
            }
        }).failureHandler(context -> {
            if (context.statusCode() == 413 && context.get(CHUNKED) != null) {
                refuse(context, 413, "Content Too Large", "The request body is larger than the server accepts ("
                        + maxBody / 1024 / 1024 + " MiB).");
            } else {
                context.next();
            }
        });
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    private static boolean isMultipart(HttpServerRequest request) {
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** Whether the request announces a body: a length above zero, or chunks. */
    static boolean hasBody(HttpServerRequest request) {
        return announcedLength(request) > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static long announcedLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed length by itself
        }
    }

    /** Answers with a problem document if nothing was sent yet, and closes the connection either way. */
    private static void refuse(RoutingContext context, int status, String title, String detail) {
        context.put(REFUSED, status);
        HttpServerResponse response = context.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            context.request().connection().close();
            return;
        }
        String body = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close").end(body)
                .onComplete(sent -> context.request().connection().close());
    }

    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
