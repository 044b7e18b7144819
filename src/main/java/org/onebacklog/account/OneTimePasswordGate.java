package org.onebacklog.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.onebacklog.failure.Forbidden;

/**
 * Someone who logged in with a one-time password (a new account, a reset) chooses their own before anything else:
 * every page sends them to {@value #NEW_PASSWORD_PAGE}, and every API call but the password change is refused
 * ({@link OneTimePasswordSockets} refuses them the live channel too).
 * Only identities marked at login are checked against the row, so nobody else pays a query for it.
 */
public class OneTimePasswordGate {

    public static final String NEW_PASSWORD_PAGE = "/account/new-password";
    /** The API's own password change ({@code {current, new}}), which also clears the mark. */
    static final String PASSWORD_API = "/api/v1/account/password";
    private static final Set<String> OPEN = Set.of(NEW_PASSWORD_PAGE, PASSWORD_API, "/logout", "/login");

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public Response check(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (OPEN.contains(path) || !holdsOneTimePassword(identity)) {
            return null;
        }
        if (path.startsWith("/api/")) {
            throw new Forbidden("Change your one-time password first: POST " + PASSWORD_API
                    + " {\"current\": …, \"new\": …}, or log in on the web and choose a new password");
        }
        if (request.getHeaderString("HX-Request") != null) {
            return Response.ok().header("HX-Redirect", NEW_PASSWORD_PAGE).build();
        }
        return Response.seeOther(URI.create(NEW_PASSWORD_PAGE)).build();
    }

    /** Whether this identity still holds a one-time password. Blocking: an identity marked at login reads the row. */
    static boolean holdsOneTimePassword(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !Identities.mayHaveToChangePassword(identity)) {
            return false;
        }
        // A session's identity is kept for a second: the row says whether the password was changed meanwhile.
        String username = identity.getPrincipal().getName();
        return QuarkusTransaction.joiningExisting().call(() -> User.byUsername(username)
                .map(user -> user.mustChangePassword).orElse(false));
    }
}
