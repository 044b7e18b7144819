package org.onebacklog.account;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Restores the identity of a logged-in person from their session cookie. Most requests are answered from what
 * {@link Sessions} read within the last second, without the database; the others read the session and its user
 * (on a worker thread), so an ended session, a deleted account or a changed role takes effect within a second.
 */
@ApplicationScoped
public class SessionLogin implements IdentityProvider<SessionRequest> {

    @Inject
    Sessions sessions;

    /** Reads this user afresh on their next request here (see {@link Sessions#forget(String)}). */
    public void forget(String username) {
        sessions.forget(username);
    }

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        Optional<Optional<SecurityIdentity>> cached = sessions.cached(request.token());
        if (cached.isPresent()) {
            return answer(cached.get());
        }
        return context.runBlocking(() -> sessions.read(request.token())
                .orElseThrow(SessionLogin::over));
    }

    private static Uni<SecurityIdentity> answer(Optional<SecurityIdentity> identity) {
        return identity.map(found -> Uni.createFrom().item(found))
                .orElseGet(() -> Uni.createFrom().failure(over()));
    }

    private static AuthenticationFailedException over() {
        return new AuthenticationFailedException("This session has ended; log in again");
    }
}
