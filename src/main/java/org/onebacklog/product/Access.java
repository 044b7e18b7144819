package org.onebacklog.product;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.onebacklog.account.Caller;
import org.onebacklog.account.User;
import org.onebacklog.failure.Forbidden;

/** The access rules: what the caller may do in a product, by their role in its team. Services ask here. */
@ApplicationScoped
public class Access {

    @Inject
    Caller caller;

    /** The logged-in user. */
    public User currentUser() {
        return caller.user();
    }

    /** The caller in this product; refused unless they are a member or an admin. */
    public Member member(Product product) {
        User user = currentUser();
        var membership = Membership.of(product, user);
        if (membership.isPresent()) {
            return new Member(user, membership.get().role, user.isAdmin());
        }
        if (user.isAdmin()) {
            return new Member(user, Role.PRODUCT_OWNER, true);
        }
        throw new Forbidden("You are not a member of " + product.key);
    }

    public Member contributor(Product product) {
        Member member = member(product);
        if (!member.canContribute()) {
            throw new Forbidden("Viewers of " + product.key + " cannot change its backlog");
        }
        return member;
    }

    public Member productOwner(Product product) {
        Member member = member(product);
        if (!member.canOrderBacklog()) {
            throw new Forbidden("Only the Product Owner of " + product.key + " orders its backlog");
        }
        return member;
    }

    public Member sprintRunner(Product product) {
        Member member = member(product);
        if (!member.canRunSprints()) {
            throw new Forbidden("Only the Scrum Master or Product Owner of " + product.key
                    + " runs its sprints, Definition of Done and capacity policy");
        }
        return member;
    }

    public Member memberManager(Product product) {
        Member member = member(product);
        if (!member.canManageMembers()) {
            throw new Forbidden("Only the Product Owner or Scrum Master of " + product.key + " manages its members");
        }
        return member;
    }
}
