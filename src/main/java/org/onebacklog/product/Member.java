package org.onebacklog.product;

import org.onebacklog.account.User;
/**
 * The caller as seen by one product: who they are and what their role lets them do there. Admins may do
 * everything; their role reads as Product Owner when they are not a member.
 */
public record Member(User user, Role role, boolean admin) {

    public String username() {
        return user.username;
    }

    public boolean canContribute() {
        return admin || role.canContribute();
    }

    /** Only the Product Owner decides the order of the backlog. */
    public boolean canOrderBacklog() {
        return admin || role == Role.PRODUCT_OWNER;
    }

    /** The Scrum Master runs sprints and the capacity policy; the Product Owner shares that. */
    public boolean canRunSprints() {
        return admin || role == Role.PRODUCT_OWNER || role == Role.SCRUM_MASTER;
    }

    public boolean canManageMembers() {
        return admin || role == Role.PRODUCT_OWNER || role == Role.SCRUM_MASTER;
    }
}
