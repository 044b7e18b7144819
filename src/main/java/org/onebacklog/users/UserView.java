package org.onebacklog.users;

import java.time.Instant;
import java.util.List;
import org.onebacklog.account.User;
import org.onebacklog.product.Membership;
import org.onebacklog.product.Role;

/** A user as admins see them: their standing, and the products they are in with their role in each. */
public record UserView(String username, boolean admin, boolean disabled, boolean mustChangePassword,
        Instant createdAt, List<ProductRole> products, long version) {

    /** One product the user is in, and as what. */
    public record ProductRole(String key, String name, Role role) {
    }

    static UserView of(User user, List<Membership> memberships) {
        return new UserView(user.username, user.isAdmin(), user.disabled, user.mustChangePassword, user.createdAt,
                memberships.stream().map(m -> new ProductRole(m.product.key, m.product.name, m.role)).toList(),
                user.version);
    }
}
