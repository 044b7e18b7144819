package org.onebacklog.account;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.onebacklog.web.SameOrigin;

/**
 * Refuses a login form posted from another site (login CSRF: a page elsewhere logging the visitor in as the
 * attacker, so that what they type lands in the attacker's account). It sits on the router, ahead of
 * authentication and of the login itself ({@link LoginPage}).
 */
@ApplicationScoped
public class LoginOrigin {

    static final String LOGIN_POST_PATH = "j_security_check";
    static final String LOGIN_POST = "/" + LOGIN_POST_PATH;

    void install(@Observes Router router) {
        // The login form's body is read here, on the event loop, before the login takes a worker thread: a client
        // trickling a login form would otherwise hold a worker until the read deadline (web/RequestLimits), and a
        // few hundred of them would hold them all. Up to 1 MiB, as quarkus.rest.input-buffer-size.
        router.post(LOGIN_POST).order(-999).handler(io.vertx.ext.web.handler.BodyHandler.create(false)
                .setBodyLimit(1024 * 1024));
        router.post(LOGIN_POST).order(-1000).handler(context -> {
            var request = context.request();
            String host = request.authority() == null ? null : request.authority().toString();
            if (SameOrigin.allows(originOf(request.getHeader("Origin"), request.getHeader("Referer")),
                    request.getHeader("Sec-Fetch-Site"), host, java.util.Set.of())) {
                context.next();
                return;
            }
            context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8")
                    .end("This login form came from another site and was refused. Open OneBacklog's own login page.");
        });
    }

    /** The page's origin: the {@code Origin} header, else the origin part of the {@code Referer}. */
    static String originOf(String origin, String referer) {
        if (origin != null && !origin.isEmpty() || referer == null || referer.isEmpty()) {
            return origin;
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return "null";
            }
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return "null";
        }
    }
}
