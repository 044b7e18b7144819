package org.onebacklog.live;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.Access;
import org.onebacklog.product.ProductService;

/**
 * {@code /live/{productKey}?view=board}: the live channel of every open board, backlog, planning page and TV of a
 * product. Members (or admins) may listen, and TVs with a display token of that product ({@code &token=…}). The
 * channel only ever sends: nothing a client writes on it is read. The first message tells the current sequence
 * number. A browser may only open it from this server's pages ({@link LiveOrigins}).
 */
@WebSocket(path = "/live/{productKey}")
public class LiveSocket {

    /** Close code for a display token that is unknown or was revoked: the TV stops reconnecting. */
    static final int TOKEN_REFUSED = 4401;
    static final int NOT_A_MEMBER = 4403;

    @Inject
    LiveHub hub;

    @Inject
    ProductService products;

    @Inject
    DisplayPasses displays;

    @Inject
    Access access;

    @OnOpen
    public String open(WebSocketConnection connection) {
        String key = connection.pathParam("productKey");
        String query = connection.handshakeRequest().query();
        String token = param(query, "token");
        Long display = null;
        if (!token.isEmpty()) {
            OptionalLong opened = displays.open(key, token);
            if (opened.isEmpty()) {
                return refuse(connection, TOKEN_REFUSED, "This display token does not open " + key);
            }
            display = opened.getAsLong();
        } else {
            try {
                access.member(products.find(key));
            } catch (NotFound | Forbidden refused) {
                return refuse(connection, NOT_A_MEMBER, "Not a member of " + key);
            }
        }
        hub.join(key, connection, param(query, "view"), display);
        if (display != null && !displays.stillValid(display)) {
            // Revoked between the check above and the join: the revocation may have missed this connection.
            hub.leave(key, connection);
            return refuse(connection, TOKEN_REFUSED, "The display token was revoked");
        }
        return LiveHub.marker(hub.hello(key, param(query, "view")), "hello");
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        hub.leave(connection.pathParam("productKey"), connection);
    }

    private static String refuse(WebSocketConnection connection, int code, String reason) {
        connection.close(new CloseReason(code, reason)).subscribe().with(ok -> { }, e -> { });
        return null;
    }

    private static String param(String query, String name) {
        if (query == null) {
            return "";
        }
        for (String part : query.split("&")) {
            if (part.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(part.substring(name.length() + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return "";
    }
}
