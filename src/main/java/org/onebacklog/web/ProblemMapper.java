package org.onebacklog.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place failures become responses: a problem document for the API and scripts, an error page for a
 * browser, a short message for an htmx request (shown in the page's flash area).
 */
public class ProblemMapper {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    @CheckedTemplate(basePath = "error")
    static class Templates {
        static native TemplateInstance page(Problem problem, Shell shell);

        static native TemplateInstance flash(Problem problem);
    }

    @jakarta.inject.Inject
    Collisions collisions;

    /**
     * Every failure, in one mapper. Besides Throwable it names the types Quarkus and Jackson have mappers of their
     * own for (more specific than Throwable, so they would win): a bare security challenge, Jackson's plain-text
     * messages, the standard handling of a WebApplicationException. Naming them keeps their failures in our format.
     */
    @ServerExceptionMapper({ Throwable.class, WebApplicationException.class, JsonProcessingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            AuthenticationFailedException.class, UnauthorizedException.class, ForbiddenException.class })
    public Response any(Throwable failure, UriInfo uri, HttpHeaders headers) {
        if (failure instanceof AuthenticationFailedException && !isApi(uri.getPath())) {
            // A person at a browser: a failed login form, or a session that no longer holds, goes to the login page.
            boolean loginForm = uri.getPath().endsWith("/j_security_check");
            return Response.status(302).location(java.net.URI.create(loginForm ? "/login?error=true" : "/login"))
                    .build();
        }
        return respond(withCurrent(Problems.of(failure), failure), uri, headers);
    }

    /** Every 409 carries the fresh state: for a collision at commit, no service could attach it, so look it up. */
    private Problem withCurrent(Problem problem, Throwable failure) {
        return problem.status() == 409 && problem.current() == null
                ? problem.withCurrent(collisions.current(failure)) : problem;
    }

    static Response respond(Problem problem, UriInfo uri, HttpHeaders headers) {
        return respond(problem, uri.getPath(), headers.getAcceptableMediaTypes(),
                headers.getHeaderString("HX-Request") != null);
    }

    static Response respond(Problem problem, String path, java.util.List<MediaType> accepted, boolean htmx) {
        if (wantsJson(path, accepted)) {
            Response.ResponseBuilder json = Response.status(problem.status()).type(PROBLEM_JSON).entity(problem);
            if (problem.status() == 401) {
                json.header("WWW-Authenticate", "Basic realm=\"OneBacklog\"");
            }
            return json.build();
        }
        if (htmx) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .header("HX-Retarget", "#flash").header("HX-Reswap", "innerHTML")
                    .entity(Templates.flash(problem).render()).build();
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.page(problem, Shell.anonymous()).render()).build();
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static boolean wantsJson(String path, java.util.List<MediaType> accepted) {
        if (isApi(path)) {
            return true;
        }
        return accepted.stream().noneMatch(t -> t.isCompatible(MediaType.TEXT_HTML_TYPE) && !t.isWildcardType());
    }
}
