package org.onebacklog.product;

/** A product member as the API shows it. */
public record MemberView(String username, Role role, long version) {

    public static MemberView of(Membership membership) {
        return new MemberView(membership.user.username, membership.role, membership.version);
    }
}
