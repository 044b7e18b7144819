package org.onebacklog.web;

import org.onebacklog.account.Member;
import org.onebacklog.account.User;
import org.onebacklog.product.Product;

/**
 * What the page layout needs around every page: who is logged in, which product and which of its views is open,
 * and the CSS classes that switch on the controls this person may use.
 */
public record Shell(String username, boolean admin, Product product, String roleLabel, String section,
        String bodyClass) {

    public static Shell anonymous() {
        return new Shell(null, false, null, null, "", "");
    }

    public static Shell of(User user) {
        return of(user, "products");
    }

    public static Shell of(User user, String section) {
        return new Shell(user.username, user.isAdmin(), null, user.isAdmin() ? "Admin" : null, section, "");
    }

    public static Shell of(Member member, Product product, String section) {
        StringBuilder classes = new StringBuilder();
        if (member.canContribute()) {
            classes.append("can-contribute ");
        }
        if (member.canOrderBacklog()) {
            classes.append("can-order ");
        }
        if (member.canRunSprints()) {
            classes.append("can-run ");
        }
        String role = member.admin() ? "Admin" : member.role().label();
        return new Shell(member.username(), member.admin(), product, role, section, classes.toString().trim());
    }

    public boolean loggedIn() {
        return username != null;
    }
}
