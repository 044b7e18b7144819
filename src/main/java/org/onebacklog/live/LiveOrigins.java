package org.onebacklog.live;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.onebacklog.web.SameOrigin;
import org.onebacklog.web.Settings;

/**
 * Browsers let any page open a WebSocket to any server, with that server's cookies: the live channel refuses (403)
 * an upgrade whose {@code Origin} is not this server (behind a proxy: the forwarded host) nor one of
 * {@code onebacklog.live.allowed-origins}. Clients that send no {@code Origin} (scripts, API token users) are let
 * through to the usual login or token check.
 */
@ApplicationScoped
public class LiveOrigins implements HttpUpgradeCheck {

    private final Set<String> extra;

    LiveOrigins(Settings settings) {
        this.extra = settings.live().allowedOrigins().orElse(List.of()).stream().filter(o -> !o.isBlank())
                .map(SameOrigin::normalize).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        HttpServerRequest request = context.httpRequest();
        HostAndPort authority = request.authority();
        String host = authority == null ? null
                : authority.port() < 0 ? authority.host() : authority.host() + ":" + authority.port();
        boolean allowed = SameOrigin.allows(request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"), host,
                extra);
        return allowed ? CheckResult.permitUpgrade() : CheckResult.rejectUpgrade(403);
    }
}
