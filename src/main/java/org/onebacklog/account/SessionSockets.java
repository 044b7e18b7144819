package org.onebacklog.account;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OpenConnections;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A page's live socket is let in with its session, and stays open for hours; so a session that ends must also close
 * the sockets it opened, or a copy of the cookie would keep receiving the board. Once a second this reads the
 * sessions of all open sockets that came with a session cookie (one query, and none for those read within the last
 * second) and closes the sockets of sessions that no longer hold with {@value #SESSION_ENDED}: the page then reloads
 * and meets the login page. Sockets opened with a display token (TVs) or with API credentials are not its business.
 */
@ApplicationScoped
public class SessionSockets {

    /** Close code: the session behind this socket has ended (live.js reloads the page). */
    public static final int SESSION_ENDED = 4440;
    private static final Logger LOG = Logger.getLogger(SessionSockets.class);

    @Inject
    OpenConnections connections;

    @Inject
    Sessions sessions;

    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent started) {
        timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "session-sockets");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::closeEnded, 1, 1, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    void closeEnded() {
        try {
            Map<String, List<WebSocketConnection>> byToken = new HashMap<>();
            for (WebSocketConnection connection : connections) {
                String token = sessionOf(connection);
                if (token != null) {
                    byToken.computeIfAbsent(token, t -> new ArrayList<>()).add(connection);
                }
            }
            if (byToken.isEmpty()) {
                return;
            }
            Set<String> holding = sessions.holding(byToken.keySet());
            byToken.forEach((token, open) -> {
                if (!holding.contains(token)) {
                    open.forEach(SessionSockets::close);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Could not check the sessions of the live sockets; trying again in a second", e);
        }
    }

    /** The session token a socket was opened with; null for a TV (display token) or a script (no cookie). */
    static String sessionOf(WebSocketConnection connection) {
        String query = connection.handshakeRequest().query();
        if (query != null && (query.startsWith("token=") || query.contains("&token="))) {
            return null;
        }
        return cookie(connection.handshakeRequest().header("Cookie"));
    }

    static String cookie(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String pair = part.strip();
            if (pair.startsWith(Sessions.COOKIE + "=")) {
                String value = pair.substring(Sessions.COOKIE.length() + 1);
                // A value may come quoted (RFC 6265 allows it; Java's CookieManager quotes every one), as the login
                // reads it: unquoted, the same session, not one that no longer holds.
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static void close(WebSocketConnection connection) {
        connection.close(new CloseReason(SESSION_ENDED, "Your session has ended")).subscribe()
                .with(ok -> { }, e -> { });
    }
}
