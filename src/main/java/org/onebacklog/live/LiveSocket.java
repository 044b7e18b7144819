package org.onebacklog.live;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import jakarta.inject.Inject;
import org.onebacklog.account.Access;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.NotFound;
import org.onebacklog.product.ProductService;

/**
 * {@code /live/{productKey}?view=board}: the live channel of every open board, backlog and planning page of a
 * product. Only members (or admins) may listen; the first message tells the current sequence number.
 */
@WebSocket(path = "/live/{productKey}")
public class LiveSocket {

    @Inject
    LiveHub hub;

    @Inject
    ProductService products;

    @Inject
    Access access;

    @OnOpen
    public String open(WebSocketConnection connection) {
        String key = connection.pathParam("productKey");
        try {
            access.member(products.find(key));
        } catch (NotFound | Forbidden refused) {
            connection.close(new CloseReason(4403, "Not a member of " + key)).subscribe().with(ok -> { }, e -> { });
            return null;
        }
        hub.join(key, connection, view(connection.handshakeRequest().query()));
        return LiveHub.marker(hub.sequence(key), "hello");
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        hub.leave(connection.pathParam("productKey"), connection);
    }

    private static String view(String query) {
        if (query == null) {
            return "";
        }
        for (String part : query.split("&")) {
            if (part.startsWith("view=")) {
                return part.substring(5);
            }
        }
        return "";
    }
}
