package org.onebacklog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onebacklog.account.PasswordPolicy;
import org.onebacklog.account.User;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Forbidden;

/** Adds people to a product with a role, creating their account when a password comes along. */
@ApplicationScoped
public class MembershipService {

    @Inject
    Access access;

    @Inject
    org.onebacklog.failure.Contested contested;

    public record Added(Membership membership, boolean created) {
    }

    /** Adds the user to the product, or changes their role if they are a member already. */
    @Transactional
    public Added addMember(Product product, String username, String role, String password) {
        Member caller = access.memberManager(product);
        Checks checks = new Checks();
        String name = username == null ? "" : username.trim();
        if (!User.USERNAME.matcher(name).matches()) {
            checks.add("username", User.USERNAME_RULE);
        }
        Role parsedRole = null;
        if (role == null || role.isBlank()) {
            checks.add("role", "Choose a role: PRODUCT_OWNER, SCRUM_MASTER, DEVELOPER or VIEWER");
        } else {
            try {
                parsedRole = Role.valueOf(role.trim());
            } catch (IllegalArgumentException e) {
                checks.add("role", "Choose a role: PRODUCT_OWNER, SCRUM_MASTER, DEVELOPER or VIEWER");
            }
        }
        User user = checks.has("username") ? null : User.byUsername(name).orElse(null);
        if (user == null && !checks.has("username")) {
            if (password == null || password.isEmpty()) {
                checks.add("password", "There is no user " + name + "; give a password to create the account");
            } else {
                PasswordPolicy.problem(name, password).ifPresent(why -> checks.add("password", why));
            }
        }
        checks.throwIfAny();
        Membership existing = user == null ? null : Membership.of(product, user).orElse(null);
        mayGrant(product, caller, user, existing, parsedRole);

        // Two adding the same person at once collide on a unique key: the 409 shows the membership that won.
        long productId = product.id;
        contested.is(() -> Membership.<Membership>find("product.id = ?1 and user.username = ?2", productId, name)
                .firstResultOptional().map(MemberView::of).orElse(null));
        if (user == null) {
            user = User.create(name, password, false);
            user.persist();
        }
        Membership membership = existing;
        boolean created = membership == null;
        if (created) {
            membership = new Membership();
            membership.product = product;
            membership.user = user;
        }
        membership.role = parsedRole;
        membership.persist();
        return new Added(membership, created);
    }

    /**
     * The Product Owner role is the Product Owner's (or an admin's) to give and to take: a Scrum Master manages the
     * team, but cannot make anyone, least of all themselves, Product Owner. Nobody changes their own role, and a
     * product never loses its last Product Owner through a change of role.
     */
    private static void mayGrant(Product product, Member caller, User user, Membership existing, Role role) {
        boolean poDecides = caller.admin() || caller.role() == Role.PRODUCT_OWNER;
        if (existing != null && existing.role == role) {
            return;
        }
        if (user != null && user.id.equals(caller.user().id) && !caller.admin()) {
            throw new Forbidden("You cannot change your own role in " + product.key
                    + "; ask its Product Owner or an admin");
        }
        boolean touchesProductOwner = role == Role.PRODUCT_OWNER
                || existing != null && existing.role == Role.PRODUCT_OWNER;
        if (touchesProductOwner && !poDecides) {
            throw new Forbidden("Only the Product Owner of " + product.key
                    + " or an admin gives or takes the Product Owner role");
        }
        if (existing != null && existing.role == Role.PRODUCT_OWNER
                && Membership.count("product = ?1 and role = ?2", product, Role.PRODUCT_OWNER) == 1) {
            throw new Conflict(user.username + " is the only Product Owner of " + product.key
                    + "; make someone else Product Owner first", MemberView.of(existing));
        }
    }

    public List<Membership> members(Product product) {
        access.member(product);
        return Membership.list("product = ?1 order by user.username", product);
    }
}
