package org.onebacklog.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Refuses state changes that a page of another site could have triggered with someone's session cookie: every
 * POST, PUT, PATCH or DELETE outside {@code /api} must come from our own origin and carry the person's
 * {@link Csrf} token (htmx header or form field). The API is exempt: it never accepts the session cookie.
 */
public class CsrfGuard {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final String LOGIN = "/j_security_check";

    @Inject
    Csrf csrf;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (SAFE.contains(request.getMethod()) || path.startsWith("/api/")) {
            return null;
        }
        if (path.equals(LOGIN)) {
            return null; // the login form has no person's token yet; account/LoginOrigin refuses it from other sites
        }
        if (!sameOrigin(request)) {
            return refuse(request, "This request came from another site and was refused.");
        }
        if (identity.isAnonymous()) {
            return null; // nothing to forge: the endpoint itself asks for a login
        }
        String presented = request.getHeaderString(Csrf.HEADER);
        if (presented == null) {
            ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
            Object field = context.getFormParameter(Csrf.FIELD, true, false);
            presented = field == null ? null : field.toString();
        }
        if (!csrf.matches(identity.getPrincipal().getName(), presented)) {
            return refuse(request, "This form is out of date or did not come from OneBacklog. Reload the page "
                    + "and try again.");
        }
        return null;
    }

    /** A browser names the page's origin on cross-site requests; it must be this server. */
    private static boolean sameOrigin(ResteasyReactiveContainerRequestContext request) {
        return SameOrigin.allows(request.getHeaderString("Origin"), request.getHeaderString("Sec-Fetch-Site"),
                request.getHeaderString("Host"), Set.of());
    }

    private static Response refuse(ResteasyReactiveContainerRequestContext request, String detail) {
        return ProblemMapper.respond(Problem.of(403, "Refused", detail), request.getUriInfo().getPath(),
                request.getAcceptableMediaTypes(), request.getHeaderString("HX-Request") != null);
    }
}
