package org.onebacklog.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks a username and password, for the login form and for HTTP Basic alike, under the {@link LoginThrottle}.
 * An unknown username or a disabled account costs the same bcrypt work and gets the same answer as a wrong
 * password, so neither timing nor messages reveal accounts.
 */
@ApplicationScoped
public class PasswordLogin implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final String DECOY_HASH = BcryptUtil.bcryptHash("decoy password that matches nothing");

    @Inject
    LoginThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        String address = addressOf(request);
        return context.runBlocking(() -> Identities.of(verify(username, password, address), "password"));
    }

    /**
     * The user with this username and password, under the throttle (the login form, HTTP Basic); fails the same way,
     * with the same work, for an unknown username as for a wrong password. Blocking.
     */
    User verify(String username, String password, String address) {
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            throw new AuthenticationFailedException("Too many failed logins; try again in "
                    + LoginThrottle.describe(wait.get()));
        }
        User user = QuarkusTransaction.joiningExisting().call(() -> User.byUsername(username).orElse(null));
        boolean matches;
        if (user == null) {
            BcryptUtil.matches(password, DECOY_HASH); // the same work as for a real account
            matches = false;
        } else {
            // A disabled account gets the answer of a wrong password, after the same work: no enumeration.
            matches = user.passwordMatches(password) && !user.disabled;
        }
        if (!matches) {
            throttle.failed(username, address);
            throw new AuthenticationFailedException("Wrong username or password");
        }
        throttle.succeeded(username, address);
        return user;
    }

    static String addressOf(io.quarkus.security.identity.request.AuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (routing == null || routing.request().remoteAddress() == null) {
            return "unknown";
        }
        return routing.request().remoteAddress().hostAddress();
    }
}
