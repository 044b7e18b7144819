package org.onebacklog.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The CSRF token of the logged-in person: an HMAC of their username under the server's secret. Pages put it in
 * every form and in htmx' headers ({@code {inject:csrf.token}}); {@link CsrfGuard} checks it. A page of another
 * site cannot read it, so it cannot forge a state change with the person's cookie.
 *
 * <p>Every page carries it masked afresh (a random pad, then the token XOR the pad), so the bytes differ in each
 * response: pages are compressed, and a secret that repeats next to reflected input would let BREACH guess it from
 * the compressed sizes.
 */
@ApplicationScoped
@Named("csrf")
public class Csrf {

    public static final String HEADER = "X-CSRF-Token";
    public static final String FIELD = "csrf";

    @Inject
    SecurityIdentity identity;

    @Inject
    Settings settings;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The token for the current person, masked afresh; empty for anonymous visitors. */
    public String token() {
        return identity.isAnonymous() ? "" : masked(tokenFor(identity.getPrincipal().getName()));
    }

    /** The logged-in person's username, for per-person filters on pages ("mine"); empty for anonymous. */
    public String me() {
        return identity.isAnonymous() ? "" : identity.getPrincipal().getName();
    }

    byte[] tokenFor(String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(("csrf|" + username).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static String masked(byte[] token) {
        byte[] out = new byte[token.length * 2];
        byte[] pad = new byte[token.length];
        RANDOM.nextBytes(pad);
        for (int i = 0; i < token.length; i++) {
            out[i] = pad[i];
            out[token.length + i] = (byte) (token[i] ^ pad[i]);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /** The token inside a masked one, or null if it is not one. */
    static byte[] unmasked(String presented) {
        byte[] both;
        try {
            both = Base64.getUrlDecoder().decode(presented);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (both.length == 0 || both.length % 2 != 0) {
            return null;
        }
        int half = both.length / 2;
        byte[] token = new byte[half];
        for (int i = 0; i < half; i++) {
            token[i] = (byte) (both[half + i] ^ both[i]);
        }
        return token;
    }

    boolean matches(String username, String presented) {
        if (presented == null || presented.isEmpty()) {
            return false;
        }
        byte[] token = unmasked(presented.strip());
        return token != null && MessageDigest.isEqual(tokenFor(username), token);
    }
}
