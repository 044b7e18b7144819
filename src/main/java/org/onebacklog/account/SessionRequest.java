package org.onebacklog.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A page request's session cookie, to be turned into its user's identity by {@link SessionLogin}. */
public class SessionRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
