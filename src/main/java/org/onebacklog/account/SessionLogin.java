package org.onebacklog.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Restores the identity of a logged-in user from the session cookie, which the form login sealed. The account is
 * looked up at most once a second per user (a board open on every laptop would otherwise read the same row on every
 * request and every refetch), so a deleted or disabled account or a changed role takes effect within a second.
 */
@ApplicationScoped
public class SessionLogin implements IdentityProvider<TrustedAuthenticationRequest> {

    static final Duration FRESH_FOR = Duration.ofSeconds(1);
    /** More users than any team has: past it the cache starts over rather than grow without end. */
    private static final int MOST_USERS = 10_000;

    private record Known(SecurityIdentity identity, long until) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    /** Reads this user afresh on their next request here: a change made on this instance applies at once. */
    public void forget(String username) {
        known.remove(username);
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        Known cached = known.get(request.getPrincipal());
        if (cached != null && cached.until() > System.nanoTime()) {
            return Uni.createFrom().item(cached.identity());
        }
        return context.runBlocking(() -> {
            User user = QuarkusTransaction.joiningExisting()
                    .call(() -> User.byUsername(request.getPrincipal()).orElse(null));
            if (user == null || user.disabled) {
                known.remove(request.getPrincipal());
                throw new AuthenticationFailedException("The account of this session no longer exists or is disabled");
            }
            SecurityIdentity identity = Identities.of(user, "session");
            if (known.size() >= MOST_USERS) {
                known.clear();
            }
            known.put(user.username, new Known(identity, System.nanoTime() + FRESH_FOR.toNanos()));
            return identity;
        });
    }
}
