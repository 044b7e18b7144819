package org.onebacklog.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * How pages know who is there: the session cookie, checked against the sessions kept on the server
 * ({@link SessionLogin}). A cookie whose session has ended is no session at all: the request is anonymous, so a page
 * sends it to the login page, remembering where it was going.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    /** The name {@code quarkus.http.auth.permission.pages.auth-mechanism} selects this mechanism by. */
    public static final String SCHEME = "session";
    /** Where a page request that met the login page was going; read once by the login. */
    static final String RETURN_COOKIE = "onebacklog-return";
    static final String LOGIN_PAGE = "/login";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        Cookie cookie = context.request().getCookie(Sessions.COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return Uni.createFrom().nullItem();
        }
        AuthenticationRequest request = new SessionRequest(cookie.getValue());
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identities.authenticate(request).onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        if (context.request().method() == HttpMethod.GET && context.request().getHeader("HX-Request") == null) {
            String wanted = context.request().uri();
            if (isReturnable(wanted)) {
                context.response().addCookie(Cookie.cookie(RETURN_COOKIE, URLEncoder.encode(wanted,
                        StandardCharsets.UTF_8)).setPath(LoginOrigin.LOGIN_POST).setHttpOnly(true)
                        .setSameSite(CookieSameSite.LAX).setMaxAge(15 * 60));
            }
        }
        return Uni.createFrom().item(new ChallengeData(302, "Location", LOGIN_PAGE));
    }

    /** The page to open after the login: one of ours (a path, never another site), else the products. */
    static String returnTo(String remembered) {
        if (remembered == null || remembered.isEmpty()) {
            return "/products";
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(remembered, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "/products";
        }
        return isReturnable(decoded) ? decoded : "/products";
    }

    private static boolean isReturnable(String path) {
        return path != null && path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")
                && path.length() <= 1000 && path.chars().noneMatch(c -> c < 0x21 || c == '\\')
                && !path.startsWith("/live/") && !path.startsWith("/api/");
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, Sessions.COOKIE,
                SCHEME));
    }
}
