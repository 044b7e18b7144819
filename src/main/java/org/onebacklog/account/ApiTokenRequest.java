package org.onebacklog.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented to the API, to be checked by {@link ApiTokenLogin}. */
public class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
