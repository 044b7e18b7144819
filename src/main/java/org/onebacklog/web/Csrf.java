package org.onebacklog.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF token of the logged-in person: an HMAC of their username under the server's secret. Pages put it in
 * every form and in htmx' headers ({@code {inject:csrf.token}}); {@link CsrfGuard} checks it. A page of another
 * site cannot read it, so it cannot forge a state change with the person's cookie.
 */
@ApplicationScoped
@Named("csrf")
public class Csrf {

    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "csrf";

    @Inject
    SecurityIdentity identity;

    @ConfigProperty(name = "onebacklog.secret")
    String secret;

    /** The token for the current person; empty for anonymous visitors. */
    public String token() {
        return identity.isAnonymous() ? "" : tokenFor(identity.getPrincipal().getName());
    }

    /** The logged-in person's username, for per-person filters on pages ("mine"); empty for anonymous. */
    public String me() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    public String header() {
        return HEADER;
    }

    String tokenFor(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("csrf|" + username).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    boolean matches(String username, String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(tokenFor(username).getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}
