package org.onebacklog.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a user, whichever way they proved who they are. */
final class Identities {

    /** Set while the user still holds a one-time password: {@link OneTimePasswordGate} then asks the row. */
    static final String MUST_CHANGE_PASSWORD = "must-change-password";

    private Identities() {
    }

    static SecurityIdentity of(User user, String via) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.roles)
                .addAttribute("authenticated-by", via)
                .addAttribute(MUST_CHANGE_PASSWORD, user.mustChangePassword)
                .build();
    }

    static boolean mayHaveToChangePassword(SecurityIdentity identity) {
        return Boolean.TRUE.equals(identity.getAttribute(MUST_CHANGE_PASSWORD));
    }
}
