package org.onebacklog.live;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may open {@code /live/*}: logged-in people (the socket then checks membership), and TVs that bring a display
 * token in the address (the socket then checks the token). Anyone else is turned away at the upgrade.
 */
@ApplicationScoped
public class LiveViewersPolicy implements HttpSecurityPolicy {

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        String token = request.queryParams().get("token");
        if (token != null && !token.isBlank()) {
            return CheckResult.permit();
        }
        return identity.onItem().transformToUni(id -> id.isAnonymous() ? CheckResult.deny() : CheckResult.permit());
    }

    @Override
    public String name() {
        return "live-viewers";
    }
}
