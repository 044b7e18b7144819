package org.onebacklog.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deadlines and sizes for what a client sends, ahead of every other handler. A request whose body has not fully
 * arrived within {@code onebacklog.requests.read-timeout} of its headers gets 408 and its connection is closed:
 * Vert.x's idle timeouts restart with every byte, so without this a client trickling a byte a second would hold
 * its connection (and whatever waits for the body) for as long as it likes. A body announced larger than
 * {@code quarkus.http.limits.max-body-size} gets 413 at once, as a problem document, before a byte of it is read.
 */
@ApplicationScoped
public class RequestLimits {

    @Inject
    Vertx vertx;

    @Inject
    Settings settings;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    Optional<MemorySize> maxBodySize;

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
            if (!request.isEnded()) {
                long timer = vertx.setTimer(readTimeout, id -> {
                    if (!request.isEnded()) {
                        refuse(context, 408, "Request Timeout", "The request did not arrive within "
                                + describe(settings.requests().readTimeout()) + "; send it again.");
                    }
                });
                // Answered and fully read: nothing left to time. Answered early (a 401 before the body): the timer
                // still closes the connection if the rest of the body never comes.
                context.addEndHandler(done -> {
                    if (request.isEnded()) {
                        vertx.cancelTimer(timer);
                    }
                });
            }
            context.next();
        });
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
