package org.onebacklog.account;

/** A member's role in one product. */
public enum Role {
    PRODUCT_OWNER("Product Owner"),
    SCRUM_MASTER("Scrum Master"),
    DEVELOPER("Developer"),
    VIEWER("Viewer");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Everyone but a viewer may add and edit backlog items. */
    public boolean canContribute() {
        return this != VIEWER;
    }
}
