package org.onebacklog.dod;

/** The kind of technical work a DoD criterion implies. */
public enum TaskCategory {
    REFACTORING("Refactoring"),
    DOCUMENTATION("Documentation"),
    TESTING("Testing"),
    REVIEW("Review");

    private final String label;

    TaskCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
