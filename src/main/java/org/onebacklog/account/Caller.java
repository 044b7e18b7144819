package org.onebacklog.account;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onebacklog.failure.Forbidden;

/** Who is calling: the logged-in user of this request. What they may do in a product is the team's business. */
@ApplicationScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    /** The logged-in user; the HTTP permissions already turned anonymous callers away. */
    public User user() {
        if (identity.isAnonymous()) {
            throw new Forbidden("You are not logged in");
        }
        return User.byUsername(identity.getPrincipal().getName())
                .orElseThrow(() -> new Forbidden("Your account no longer exists"));
    }
}
