package org.onebacklog.product;

/** A member's role in one product. */
public enum Role {
    PRODUCT_OWNER("Product Owner", "orders the backlog, waives DoD tasks, runs sprints"),
    SCRUM_MASTER("Scrum Master", "runs sprints, the Definition of Done and the capacity policy"),
    DEVELOPER("Developer", "adds and edits items, plans them, works on tasks"),
    VIEWER("Viewer", "reads everything, changes nothing");

    private final String label;
    private final String duties;

    Role(String label, String duties) {
        this.label = label;
        this.duties = duties;
    }

    /** What the role lets a member do, in a phrase. */
    public String duties() {
        return duties;
    }

    public String label() {
        return label;
    }

    /** Everyone but a viewer may add and edit backlog items. */
    public boolean canContribute() {
        return this != VIEWER;
    }
}
