package org.onebacklog.web;

/**
 * What the page layout needs around every page: who is logged in, which product and which of its views is open,
 * and the CSS classes that switch on the controls this person may use. Plain values: the product pages build it
 * (product/ProductPage), so the layout knows nothing of products or teams.
 */
public record Shell(String username, boolean admin, String productKey, String productName, String roleLabel,
        String section, String bodyClass) {

    public static Shell anonymous() {
        return new Shell(null, false, null, null, null, "", "");
    }

    /** A logged-in person on a page outside any product (the products list, their API tokens). */
    public static Shell of(String username, boolean admin, String section) {
        return new Shell(username, admin, null, null, admin ? "Admin" : null, section, "");
    }

    public boolean loggedIn() {
        return username != null;
    }

    /** Whether this person runs the product's sprints (Product Owner, Scrum Master, admin): the TV displays are theirs. */
    public boolean runsSprints() {
        return (" " + bodyClass + " ").contains(" can-run ");
    }

    public boolean inProduct() {
        return productKey != null;
    }
}
