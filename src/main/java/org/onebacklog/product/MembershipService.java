package org.onebacklog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.onebacklog.account.PasswordPolicy;
import org.onebacklog.account.User;
import org.onebacklog.events.MemberRemoved;
import org.onebacklog.events.ScrumEvent;
import org.onebacklog.failure.Checks;
import org.onebacklog.failure.Conflict;
import org.onebacklog.failure.Forbidden;
import org.onebacklog.failure.NotFound;
import org.onebacklog.store.RowLock;

/**
 * The team of a product: adds people with a role (creating their account when a password comes along), changes a
 * member's role, and takes members off the team.
 */
@ApplicationScoped
public class MembershipService {

    @Inject
    Access access;

    @Inject
    org.onebacklog.failure.Contested contested;

    /** A removal, for the board (which unassigns the member's open tasks), the webhooks and whoever observes. */
    @Inject
    Event<ScrumEvent> events;

    private static final String ROLES = "Choose a role: PRODUCT_OWNER, SCRUM_MASTER, DEVELOPER or VIEWER";

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
        Role parsedRole = role(role, checks);
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

    /** The role named exactly (its name, as the API and the forms give it), or a violation on {@code role}. */
    private static Role role(String role, Checks checks) {
        if (role != null) {
            for (Role known : Role.values()) {
                if (known.name().equals(role.trim())) {
                    return known;
                }
            }
        }
        checks.add("role", ROLES);
        return null;
    }

    /**
     * Gives a member another role, under the rules of {@link #mayGrant}. A {@code version} (the membership's, as
     * read) makes the change refused with the current member when someone changed it meanwhile.
     */
    @Transactional
    public Membership changeRole(Product product, String username, String role, Long version) {
        Member caller = access.memberManager(product);
        Checks checks = new Checks();
        Role parsedRole = role(role, checks);
        checks.throwIfAny();
        Membership membership = lockedMember(product, username, version);
        mayGrant(product, caller, membership.user, membership, parsedRole);
        membership.role = parsedRole;
        Membership.flush();
        return membership;
    }

    /**
     * Takes a member off the team: the Product Owner, the Scrum Master or an admin may take anyone off (only the
     * Product Owner or an admin a Product Owner, as with the role), and every member may leave; the last Product
     * Owner stays. The member's open tasks are unassigned by the board, in this transaction ({@link MemberRemoved}).
     */
    @Transactional
    public void remove(Product product, String username, Long version) {
        Member caller = access.member(product);
        Membership membership = lockedMember(product, username, version);
        boolean leaving = membership.user.id.equals(caller.user().id);
        if (!leaving && !caller.canManageMembers()) {
            throw new Forbidden("Only the Product Owner or Scrum Master of " + product.key
                    + " takes people off its team; you can leave it yourself");
        }
        boolean poDecides = caller.admin() || caller.role() == Role.PRODUCT_OWNER;
        if (!leaving && membership.role == Role.PRODUCT_OWNER && !poDecides) {
            throw new Forbidden("Only the Product Owner of " + product.key
                    + " or an admin takes a Product Owner off the team");
        }
        if (membership.role == Role.PRODUCT_OWNER && productOwners(product) == 1) {
            throw new Conflict(membership.user.username + " is the only Product Owner of " + product.key
                    + "; make someone else Product Owner first", MemberView.of(membership));
        }
        events.fire(new MemberRemoved(product.stamp(caller.user()), membership.user.username,
                membership.role.name()));
        membership.delete();
    }

    /** The member, its row locked and read afresh; 404 for an unknown user or one not on the team, 409 if stale. */
    private static Membership lockedMember(Product product, String username, Long version) {
        String name = username == null ? "" : username.trim();
        User user = User.byUsername(name).orElseThrow(() -> new NotFound("There is no user " + name));
        Membership membership = Membership.of(product, user)
                .orElseThrow(() -> new NotFound(name + " is not a member of " + product.key));
        RowLock.lockAndRefresh(Membership.getEntityManager(), membership, "membership", membership.id);
        if (version != null && version != membership.version) {
            throw new Conflict(name + "'s membership was changed meanwhile (it is at version " + membership.version
                    + ", you sent " + version + "); look at the current member and try again",
                    MemberView.of(membership));
        }
        return membership;
    }

    private static long productOwners(Product product) {
        return Membership.count("product = ?1 and role = ?2", product, Role.PRODUCT_OWNER);
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
        if (existing != null && existing.role == Role.PRODUCT_OWNER && productOwners(product) == 1) {
            throw new Conflict(user.username + " is the only Product Owner of " + product.key
                    + "; make someone else Product Owner first", MemberView.of(existing));
        }
    }

    public List<Membership> members(Product product) {
        access.member(product);
        return Membership.list("product = ?1 order by user.username", product);
    }
}
