package org.onebacklog.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** Builds the security identity of a user, whichever way they proved who they are. */
final class Identities {

    private Identities() {
    }

    static SecurityIdentity of(User user, String via) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRole(user.roles)
                .addAttribute("authenticated-by", via)
                .build();
    }
}
