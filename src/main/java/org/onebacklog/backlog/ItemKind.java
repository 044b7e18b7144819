package org.onebacklog.backlog;

/** What a backlog item is. Technical items must state their value so the Product Owner can weigh them. */
public enum ItemKind {
    STORY("Story"),
    BUG("Bug"),
    TECHNICAL("Technical");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
