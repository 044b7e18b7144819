package org.onebacklog.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Restores the identity of a logged-in user from the session cookie, which the form login sealed. The account is
 * looked up again, so a deleted account or a changed role takes effect on the next request.
 */
@ApplicationScoped
public class SessionLogin implements IdentityProvider<TrustedAuthenticationRequest> {

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            User user = QuarkusTransaction.joiningExisting()
                    .call(() -> User.byUsername(request.getPrincipal()).orElse(null));
            if (user == null) {
                throw new AuthenticationFailedException("The account of this session no longer exists");
            }
            return Identities.of(user, "session");
        });
    }
}
